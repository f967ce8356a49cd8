package org.chancery.security.web;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.chancery.common.RuleViolationException;
import org.chancery.common.web.Confirmation;
import org.chancery.security.Account;
import org.chancery.security.AccountService;
import org.chancery.security.PersonalAccessTokens;
import org.chancery.security.PersonalAccessTokens.IssuedToken;
import org.chancery.security.Role;
import org.chancery.security.SignInThrottledException;
import org.chancery.security.SignedInAccount;
import org.chancery.security.SignedInSessions;
import org.chancery.security.TokenScope;
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
 * {@code /account}: whoever is signed in, whatever their role, sees their account, changes
 * their password and manages their personal access tokens. A token's secret is shown once,
 * in the answer to the post that made it; see {@link OneTimeFormKeys}.
 */
@Controller
@RequestMapping("/account")
class OwnAccountController {

    static final String PASSWORD_FORM = "passwordChangeForm";
    static final String TOKEN_FORM = "tokenForm";

    private final AccountService accounts;
    private final PersonalAccessTokens tokens;
    private final SignedInSessions sessions;

    OwnAccountController(AccountService accounts, PersonalAccessTokens tokens, SignedInSessions sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    /** Whether the password signed in with was given by an admin: the password page then says why it is shown. */
    @ModelAttribute("issuedByAdmin")
    boolean issuedByAdmin(Authentication me) {
        return me.getPrincipal() instanceof SignedInAccount account && account.mustChangePassword();
    }

    @GetMapping
    String show(Authentication me, Model model) {
        model.addAttribute("account", accounts.accountNamed(me.getName()));
        model.addAttribute("tokens", tokens.tokensOf(me.getName()));
        return "account/show";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute(PASSWORD_FORM, PasswordChangeForm.empty());
        return "account/password";
    }

    @PostMapping("/password")
    String changePassword(@Valid @ModelAttribute(PASSWORD_FORM) PasswordChangeForm form, BindingResult result,
            Authentication me, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "account/password";
        }
        try {
            accounts.changeOwnPassword(me.getName(), Objects.requireNonNull(form.currentPassword()),
                    Objects.requireNonNull(form.password()), request.getRemoteAddr());
        } catch (SignInThrottledException throttled) {
            result.rejectValue("currentPassword", "account.password.throttled",
                    new Object[] {throttled.retryAfterMinutes()}, throttled.getMessage());
            return "account/password";
        } catch (RuleViolationException refused) {
            result.rejectValue(refused.rule().equals("account-current-password") ? "currentPassword" : "password",
                    "account.rule." + refused.rule(), refused.getMessage());
            return "account/password";
        }
        // The change ended every session of the account; this one carries on.
        sessions.renew(request, response);
        redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("account.password.done.changed"));
        return "redirect:/account";
    }

    @GetMapping("/tokens/new")
    String newToken(Authentication me, Model model, HttpSession session) {
        model.addAttribute(TOKEN_FORM, TokenForm.empty());
        return tokenForm(me, model, session);
    }

    @PostMapping("/tokens")
    String issueToken(@Valid @ModelAttribute(TOKEN_FORM) TokenForm form, BindingResult result,
            @RequestParam(name = OneTimeFormKeys.PARAMETER, required = false) @Nullable String formKey,
            Authentication me, HttpSession session, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            return tokenForm(me, model, session);
        }
        if (!OneTimeFormKeys.redeem(session, formKey)) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("account.token.done.alreadyIssued"));
            return "redirect:/account";
        }
        IssuedToken issued;
        try {
            issued = tokens.issue(me.getName(), Objects.requireNonNull(form.name()), Objects.requireNonNull(form.scope()),
                    form.expiresAt());
        } catch (RuleViolationException refused) {
            String field = switch (refused.rule()) {
                case "api-token-write-needs-editor" -> "scope";
                case "api-token-expiry-in-future" -> "expiresOn";
                default -> "name";
            };
            result.rejectValue(field, "account.rule." + refused.rule(), refused.getMessage());
            return tokenForm(me, model, session);
        }
        // The secret is in this response and nowhere else: not cached, not in the session.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issued", issued);
        return "account/token-issued";
    }

    @GetMapping("/tokens/{id}/revoke")
    String confirmRevocation(@PathVariable long id, Authentication me, Model model) {
        model.addAttribute("token", tokens.token(me.getName(), id));
        return "account/token-revoke";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Authentication me, RedirectAttributes redirect) {
        String name = tokens.token(me.getName(), id).getName();
        try {
            tokens.revoke(me.getName(), id);
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("account.token.done.revoked", name));
        } catch (RuleViolationException alreadyRevoked) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("account.token.done.alreadyRevoked", name));
        }
        return "redirect:/account";
    }

    /** A viewer's account holds READ tokens only; the form offers no more than the account may have. */
    private String tokenForm(Authentication me, Model model, HttpSession session) {
        Account account = accounts.accountNamed(me.getName());
        model.addAttribute("scopes", account.getRole() == Role.VIEWER ? List.of(TokenScope.READ)
                : List.of(TokenScope.values()));
        model.addAttribute(OneTimeFormKeys.PARAMETER, OneTimeFormKeys.issue(session));
        return "account/token-form";
    }
}
