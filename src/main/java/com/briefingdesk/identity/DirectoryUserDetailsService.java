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

    DirectoryUserDetailsService(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = directory.findByUsername(username).filter(AppUser::active)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = directory.passwordHashOf(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password(hash)
                .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .build();
    }
}
