package com.briefingdesk.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a Camunda candidate group stands for: a role of the office ({@code editors}), or a role within one unit
 * ({@code unit-kunshan-recipients}). These are the groups the directory gives the engine, and where tasks wait.
 */
public record CandidateGroup(Role role, String unitCode) {

    private static final String UNIT_PREFIX = "unit-";
    /** The roles whose tasks wait for the people of one unit, and how their group's id ends. */
    private static final Map<Role, String> UNIT_SUFFIXES = Map.of(Role.RECIPIENT, "-recipients",
            Role.SUBMITTER, "-submitters", Role.UNIT_LEADER, "-leaders");

    /** The group of a role within a unit, e.g. unit-kunshan-recipients. */
    static String ofUnit(Role role, String unitCode) {
        return UNIT_PREFIX + unitCode + UNIT_SUFFIXES.get(role);
    }

    /** The group's role and unit; empty for an id that is none of the directory's groups. */
    public static Optional<CandidateGroup> of(String groupId) {
        for (Role role : Role.values()) {
            if (groupId.equals(role.candidateGroup())) {
                return Optional.of(new CandidateGroup(role, null));
            }
        }
        if (!groupId.startsWith(UNIT_PREFIX)) {
            return Optional.empty();
        }
        return UNIT_SUFFIXES.entrySet().stream()
                .filter(e -> groupId.endsWith(e.getValue())
                        && groupId.length() > UNIT_PREFIX.length() + e.getValue().length())
                .findFirst()
                .map(e -> new CandidateGroup(e.getKey(), groupId.substring(UNIT_PREFIX.length(),
                        groupId.length() - e.getValue().length())));
    }

    /** Every group a task may wait in: the office's, and each of these units' own (not Camunda's administrators). */
    public static Set<String> all(Collection<Unit> units) {
        Set<String> groups = new TreeSet<>();
        for (Role role : Role.values()) {
            if (role.candidateGroup() != null && role != Role.ADMIN) {
                groups.add(role.candidateGroup());
            }
        }
        units.forEach(unit -> UNIT_SUFFIXES.keySet().forEach(role -> groups.add(ofUnit(role, unit.code()))));
        return groups;
    }
}
