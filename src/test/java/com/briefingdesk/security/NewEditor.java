package com.briefingdesk.security;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import java.util.EnumSet;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A new editor of the office with a password of the test's choosing: a login no other test locks or changes. */
final class NewEditor {

    private NewEditor() {
    }

    static AppUser create(UserDirectory directory, PasswordEncoder encoder, String password) {
        String name = "ed" + System.nanoTime();
        long office = directory.findUnitByCode("office").orElseThrow().id();
        return directory.createUser(name, name, office, encoder.encode(password), EnumSet.of(Role.EDITOR));
    }
}
