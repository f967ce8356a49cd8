package org.chancery.institution.web;

import org.chancery.common.web.PageController;
import org.chancery.institution.InstitutionProfiles;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /institutions/{id}}: what it is, its offices, its events. */
@PageController
class InstitutionController {

    private final InstitutionProfiles profiles;

    InstitutionController(InstitutionProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/institutions/{id}")
    String institution(@PathVariable long id, Model model) {
        model.addAttribute("profile", profiles.profile(id));
        return "institution/detail";
    }
}
