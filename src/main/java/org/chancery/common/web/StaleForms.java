package org.chancery.common.web;

import org.chancery.common.ExpectedVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Forms saved against the version they were read at. When someone saved first, the form is
 * shown again with what the user typed but carrying the version now saved, so that saving it
 * again replaces that version knowingly.
 */
public final class StaleForms {

    private StaleForms() {
    }

    /** The version a form carries; a form without one was not made from a page, and is as stale as can be. */
    public static ExpectedVersion expected(@Nullable Long version) {
        return ExpectedVersion.of(version == null ? -1 : version);
    }

    /**
     * Puts {@code form} (carrying the saved version) behind the page in place of the one posted: a
     * field shows its value from the binding result's object.
     *
     * @return the new form's binding result, to add the page's errors to
     */
    public static BindingResult showAgain(Model model, String name, Object form) {
        BindingResult result = new BeanPropertyBindingResult(form, name);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
        return result;
    }
}
