package org.chancery.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Where personal access tokens meet Spring Security's bearer token support: the API chain's
 * {@code BearerTokenAuthenticationFilter} reads {@code Authorization: Bearer …} and asks this
 * introspector, in place of an OAuth introspection endpoint, whose token it is. The principal
 * is the account's username; its authorities are the role the token grants and its scope.
 */
@Component
class PersonalAccessTokenIntrospector implements OpaqueTokenIntrospector {

    private final PersonalAccessTokens tokens;

    PersonalAccessTokenIntrospector(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        // Unknown, revoked, expired or of a disabled account: the caller learns none of which.
        PersonalAccessTokens.TokenHolder holder = tokens.authenticate(token)
                .orElseThrow(() -> new BadOpaqueTokenException("The bearer token is not valid."));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(OAuth2TokenIntrospectionClaimNames.ACTIVE, true);
        attributes.put(OAuth2TokenIntrospectionClaimNames.USERNAME, holder.username());
        attributes.put(OAuth2TokenIntrospectionClaimNames.SCOPE, List.of(holder.scope().name()));
        attributes.put(OAuth2TokenIntrospectionClaimNames.IAT, holder.createdAt());
        if (holder.expiresAt() != null) {
            attributes.put(OAuth2TokenIntrospectionClaimNames.EXP, holder.expiresAt());
        }
        attributes.put("token_id", holder.tokenId());
        List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(holder.role().authority()),
                new SimpleGrantedAuthority(holder.scope().authority()));
        return new DefaultOAuth2AuthenticatedPrincipal(holder.username(), attributes, authorities);
    }

    /**
     * Managing tokens takes an account: signed in with its password or a WRITE token, never
     * anonymous and never a READ token (which must not mint or revoke stronger ones).
     */
    static AuthorizationManager<RequestAuthorizationContext> accountOrWriteToken() {
        return AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(TokenScope.READ.authority())));
    }
}
