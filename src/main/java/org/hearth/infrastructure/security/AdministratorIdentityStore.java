package org.hearth.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's administrator account, from HEARTH_ADMIN_EMAIL and HEARTH_ADMIN_PASSWORD. With
 * neither set, nobody can sign in as administrator. Learner and instructor accounts come with the
 * accounts feature; until then this is the only identity.
 */
@ApplicationScoped
public class AdministratorIdentityStore implements IdentityStore {

  public static final String ADMINISTRATOR = "administrator";

  @Inject
  @ConfigProperty(name = "hearth.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "hearth.admin.password")
  Optional<String> password;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    if (email.isEmpty() || password.isEmpty() || password.get().isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    boolean emailMatches = email.get().equalsIgnoreCase(credential.getCaller());
    boolean passwordMatches =
        MessageDigest.isEqual(
            password.get().getBytes(StandardCharsets.UTF_8),
            credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
    if (emailMatches && passwordMatches) {
      return new CredentialValidationResult(email.get(), Set.of(ADMINISTRATOR));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
