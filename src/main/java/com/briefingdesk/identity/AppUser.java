package com.briefingdesk.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** A person who logs in. Belongs to exactly one unit and holds one or more roles. */
public record AppUser(long id, String username, String displayName, long unitId, String unitCode, String unitName,
                      String email, String phone, boolean active, Set<Role> roles) {

    public AppUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The same person with other roles: what they would be after an administrator's change. */
    public AppUser withRoles(Set<Role> changed) {
        return new AppUser(id, username, displayName, unitId, unitCode, unitName, email, phone, active, changed);
    }

    /**
     * The Camunda groups whose candidate tasks this person sees: one per role with tasks, for a recipient the
     * group of their unit's recipients, where the receipt tasks of circulated issues wait, for a submitter the
     * group of their unit's submitters, where commissions (约稿) wait, and for a unit leader the group of their
     * unit's leaders, where the unit's articles wait for approval.
     */
    public List<String> candidateGroups() {
        Stream<String> groups = roles.stream().map(Role::candidateGroup).filter(Objects::nonNull);
        if (has(Role.RECIPIENT)) {
            groups = Stream.concat(groups, Stream.of(Unit.recipientGroup(unitCode)));
        }
        if (has(Role.SUBMITTER)) {
            groups = Stream.concat(groups, Stream.of(Unit.submitterGroup(unitCode)));
        }
        if (has(Role.UNIT_LEADER)) {
            groups = Stream.concat(groups, Stream.of(Unit.leaderGroup(unitCode)));
        }
        return groups.sorted().toList();
    }
}
