package org.hearth.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Administration pages and endpoints ask for the administrator's credentials with HTTP Basic
 * (only ever over HTTPS in production). web.xml says which URLs need the role.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "Hearth administration")
@DeclareRoles(AdministratorIdentityStore.ADMINISTRATOR)
public class SecurityConfiguration {}
