package org.chancery.person.web;

import org.chancery.common.web.PageController;
import org.chancery.person.PersonProfiles;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /persons/{id}}: offices over time and events attended. */
@PageController
class PersonController {

    private final PersonProfiles profiles;

    PersonController(PersonProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/persons/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("profile", profiles.profile(id));
        return "person/detail";
    }
}
