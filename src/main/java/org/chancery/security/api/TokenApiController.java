package org.chancery.security.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.chancery.common.api.ApiController;
import org.chancery.security.ApiToken;
import org.chancery.security.PersonalAccessTokens;
import org.chancery.security.PersonalAccessTokens.IssuedToken;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/tokens}: personal access tokens for scripts, managed by the account they act
 * for. Who may call what is decided in the security configuration; whose token is whose, in
 * {@link PersonalAccessTokens}.
 */
@ApiController("/api/v1/tokens")
class TokenApiController {

    private final PersonalAccessTokens tokens;

    TokenApiController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<IssuedTokenResponse> create(@Valid @RequestBody CreateTokenRequest request, Authentication caller) {
        // Bean Validation has refused a missing name or scope before this line.
        IssuedToken issued = tokens.issue(caller.getName(), Objects.requireNonNull(request.name()),
                Objects.requireNonNull(request.scope()), request.expiresAt());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(issued.token().getId()).toUri();
        return ResponseEntity.created(location).body(IssuedTokenResponse.from(issued));
    }

    @GetMapping
    TokenListResponse list(@RequestParam(defaultValue = "false") boolean all, Authentication caller) {
        List<ApiToken> found = all ? tokens.everyonesTokens(caller.getName()) : tokens.tokensOf(caller.getName());
        return new TokenListResponse(found.stream().map(TokenResponse::from).toList());
    }

    @GetMapping("/{id}")
    TokenResponse show(@PathVariable long id, Authentication caller) {
        return TokenResponse.from(tokens.token(caller.getName(), id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Authentication caller) {
        tokens.revoke(caller.getName(), id);
    }
}
