package org.hearth.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Someone who can sign in. Hearth asks for little: a display name (a nickname is fine), an email to
 * sign in with, and a password, stored only as a salted PBKDF2 hash. A {@link RecoveryCode}, hashed
 * the same way, lets its owner set a new password without any email.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = "Account.findAll", query = "SELECT a FROM Account a ORDER BY a.email")
public class Account {

  public static final int MIN_PASSWORD_LENGTH = 12;
  public static final int MAX_DISPLAY_NAME_LENGTH = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "account_ids")
  @TableGenerator(
      name = "account_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "account",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  /** Lower-cased, so uniqueness (a database constraint) ignores case. */
  @Column(nullable = false, unique = true, length = 254)
  private String email;

  @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME_LENGTH)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(nullable = false)
  private boolean instructor;

  @Column(nullable = false)
  private boolean administrator;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Sessions signed in under an older generation have ended (see {@link #endSessions()}). */
  @Column(name = "session_generation", nullable = false)
  private long sessionGeneration;

  @Enumerated(EnumType.STRING)
  @Column(name = "discreet_mode", nullable = false, length = 10)
  private DiscreetMode discreetMode = DiscreetMode.COURSE;

  /** Null until the learner chooses their colours and text size (see {@link DisplayChoice}). */
  @Enumerated(EnumType.STRING)
  @Column(name = "display_theme", length = 10)
  private DisplayChoice.Theme displayTheme;

  @Enumerated(EnumType.STRING)
  @Column(name = "display_text_size", length = 10)
  private DisplayChoice.TextSize displayTextSize;

  /** Null until the account has one: accounts made before recovery codes existed. */
  @Column(name = "recovery_code_hash", length = 300)
  private String recoveryCodeHash;

  protected Account() {}

  public Account(String email, String displayName, String passwordHash, Instant createdAt) {
    this.email = normaliseEmail(email);
    this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The form in which emails are stored and compared. */
  public static String normaliseEmail(String email) {
    return Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
  }

  /** A new password; it ends every session signed in with the old one. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    endSessions();
  }

  /** A new recovery code: the one before it stops working. */
  public void replaceRecoveryCodeHash(String newHash) {
    this.recoveryCodeHash = Objects.requireNonNull(newHash, "newHash");
  }

  /**
   * Back in with the recovery code: a new password (which ends every session) and a new code, so
   * the one just used never works again.
   */
  public void recover(String newPasswordHash, String newRecoveryCodeHash) {
    changePasswordHash(newPasswordHash);
    replaceRecoveryCodeHash(newRecoveryCodeHash);
  }

  public Optional<String> recoveryCodeHash() {
    return Optional.ofNullable(recoveryCodeHash);
  }

  public boolean hasRecoveryCode() {
    return recoveryCodeHash != null;
  }

  /**
   * Ends every session of this account: each one finds at its next request that it is out of date.
   */
  public void endSessions() {
    sessionGeneration++;
  }

  public long getSessionGeneration() {
    return sessionGeneration;
  }

  public void grant(Role role) {
    switch (role) {
      case INSTRUCTOR -> instructor = true;
      case ADMINISTRATOR -> administrator = true;
      case LEARNER -> {}
    }
  }

  public void revoke(Role role) {
    switch (role) {
      case INSTRUCTOR -> instructor = false;
      case ADMINISTRATOR -> administrator = false;
      case LEARNER -> {}
    }
  }

  /** Everyone is a learner; some are also instructors or administrators. */
  public Set<Role> roles() {
    Set<Role> roles = EnumSet.of(Role.LEARNER);
    if (instructor) {
      roles.add(Role.INSTRUCTOR);
    }
    if (administrator) {
      roles.add(Role.ADMINISTRATOR);
    }
    return roles;
  }

  public boolean has(Role role) {
    return roles().contains(role);
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  /** The learner's colours and text size, empty until they choose. */
  public Optional<DisplayChoice> getDisplayChoice() {
    return displayTheme == null || displayTextSize == null
        ? Optional.empty()
        : Optional.of(new DisplayChoice(displayTheme, displayTextSize));
  }

  public void setDisplayChoice(DisplayChoice choice) {
    Objects.requireNonNull(choice, "choice");
    this.displayTheme = choice.theme();
    this.displayTextSize = choice.textSize();
  }

  public DiscreetMode getDiscreetMode() {
    return discreetMode;
  }

  public void setDiscreetMode(DiscreetMode discreetMode) {
    this.discreetMode = Objects.requireNonNull(discreetMode, "discreetMode");
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isInstructor() {
    return instructor;
  }

  public boolean isAdministrator() {
    return administrator;
  }
}
