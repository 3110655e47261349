package com.briefingdesk.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security reads people and roles from the same tables as everything else. */
@Service
class DirectoryUserDetailsService implements UserDetailsService {

    private final UserDirectory directory;
    private final LoginThrottle throttle;

    DirectoryUserDetailsService(UserDirectory directory, LoginThrottle throttle) {
        this.directory = directory;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.indexOf('\0') >= 0) {
            // PostgreSQL refuses NUL in text; no login holds one.
            throw new UsernameNotFoundException("invalid login name");
        }
        AppUser user = directory.findByUsername(username).filter(AppUser::active)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = directory.passwordHashOf(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password(hash)
                // Checked before the password: a locked login stays locked even for the right password.
                .accountLocked(throttle.isLocked(username))
                .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .build();
    }
}
