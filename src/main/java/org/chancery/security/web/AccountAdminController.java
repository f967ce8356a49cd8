package org.chancery.security.web;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.chancery.common.ExpectedVersion;
import org.chancery.common.RuleViolationException;
import org.chancery.common.web.Confirmation;
import org.chancery.security.Account;
import org.chancery.security.AccountService;
import org.chancery.security.PasswordPolicy;
import org.chancery.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/accounts}: admins list accounts, create them, set their role and whether they
 * may sign in, and reset their passwords (the security configuration lets only admins in).
 * A password Chancery makes up is shown once, in the answer to the post; see {@link OneTimeFormKeys}.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    static final String FORM = "accountForm";
    static final String PASSWORD_FORM = "passwordResetForm";

    private final AccountService accounts;

    AccountAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.accounts());
        return "admin/accounts/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication admin, Model model) {
        Account account = accounts.account(id);
        model.addAttribute("account", account);
        model.addAttribute("self", account.getUsername().equalsIgnoreCase(admin.getName()));
        model.addAttribute("history", AccountHistory.of(accounts.history(id)));
        return "admin/accounts/detail";
    }

    @GetMapping("/new")
    String newAccount(Model model, HttpSession session) {
        model.addAttribute(FORM, NewAccountForm.empty());
        return createForm(model, session);
    }

    @PostMapping
    String create(@Valid @ModelAttribute(FORM) NewAccountForm form, BindingResult result,
            @RequestParam(name = OneTimeFormKeys.PARAMETER, required = false) @Nullable String formKey,
            HttpSession session, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors()) {
            return createForm(model, session);
        }
        if (!OneTimeFormKeys.redeem(session, formKey)) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("admin.account.done.alreadyCreated"));
            return "redirect:/admin/accounts";
        }
        String password = form.isPasswordTyped() ? Objects.requireNonNull(form.password()) : PasswordPolicy.generate();
        Account account;
        try {
            account = accounts.create(Objects.requireNonNull(form.username()), Objects.requireNonNull(form.role()), password);
        } catch (RuleViolationException refused) {
            result.rejectValue(refused.rule().contains("password") ? "password" : "username",
                    "account.rule." + refused.rule(), refused.getMessage());
            return createForm(model, session);
        }
        if (!form.isPasswordTyped()) {
            return passwordShownOnce(account, password, model, response);
        }
        redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("admin.account.done.created", account.getUsername()));
        return "redirect:/admin/accounts/" + account.getId();
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Account account = accounts.account(id);
        model.addAttribute(FORM, AccountForm.from(account));
        return editForm(account, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) AccountForm form, BindingResult result,
            Authentication admin, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Account account = accounts.update(id, ExpectedVersion.of(form.version()),
                        Objects.requireNonNull(form.role()), form.enabled(), admin.getName());
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("admin.account.done.updated", account.getUsername()));
                return "redirect:/admin/accounts/" + id;
            } catch (RuleViolationException refused) {
                String field = switch (refused.rule()) {
                    case "account-own-disable" -> "enabled";
                    case "account-last-admin" -> form.role() == Role.ADMIN ? "enabled" : "role";
                    default -> "role";
                };
                result.rejectValue(field, "account.rule." + refused.rule(), refused.getMessage());
            }
        }
        return editForm(accounts.account(id), model);
    }

    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable long id, Model model, HttpSession session) {
        model.addAttribute(PASSWORD_FORM, PasswordResetForm.empty());
        return resetForm(accounts.account(id), model, session);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute(PASSWORD_FORM) PasswordResetForm form,
            BindingResult result, @RequestParam(name = OneTimeFormKeys.PARAMETER, required = false) @Nullable String formKey,
            Authentication admin, HttpSession session, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Account account = accounts.account(id);
        if (result.hasErrors()) {
            return resetForm(account, model, session);
        }
        if (!OneTimeFormKeys.redeem(session, formKey)) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                    Confirmation.of("admin.account.done.passwordAlreadyReset", account.getUsername()));
            return "redirect:/admin/accounts/" + id;
        }
        String password = form.isPasswordTyped() ? Objects.requireNonNull(form.password()) : PasswordPolicy.generate();
        try {
            accounts.resetPassword(id, password, admin.getName());
        } catch (RuleViolationException refused) {
            if (refused.rule().startsWith("account-password")) {
                result.rejectValue("password", "account.rule." + refused.rule(), refused.getMessage());
            } else {
                result.reject("account.rule." + refused.rule(), refused.getMessage());
            }
            return resetForm(account, model, session);
        }
        if (!form.isPasswordTyped()) {
            return passwordShownOnce(account, password, model, response);
        }
        redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                Confirmation.of("admin.account.done.passwordReset", account.getUsername()));
        return "redirect:/admin/accounts/" + id;
    }

    private String createForm(Model model, HttpSession session) {
        model.addAttribute("account", null);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("passwordChoices", List.of(PasswordChoice.values()));
        model.addAttribute(OneTimeFormKeys.PARAMETER, OneTimeFormKeys.issue(session));
        return "admin/accounts/form";
    }

    private String editForm(Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("roles", List.of(Role.values()));
        return "admin/accounts/form";
    }

    private String resetForm(Account account, Model model, HttpSession session) {
        model.addAttribute("account", account);
        model.addAttribute("passwordChoices", List.of(PasswordChoice.values()));
        model.addAttribute(OneTimeFormKeys.PARAMETER, OneTimeFormKeys.issue(session));
        return "admin/accounts/password";
    }

    /** The one page that shows a made-up password; nothing may keep it (no cache, no history copy). */
    private static String passwordShownOnce(Account account, String password, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("account", account);
        model.addAttribute("password", password);
        return "admin/accounts/password-shown";
    }
}
