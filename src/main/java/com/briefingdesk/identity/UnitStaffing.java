package com.briefingdesk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the roles a unit needs ({@link Unit#rolesNeeded()}) nobody active there holds, read from a list of
 * people: work of such a role would wait for nobody.
 */
public final class UnitStaffing {

    private final Collection<AppUser> people;
    private final Map<Long, Set<Role>> heldByUnit;

    public UnitStaffing(Collection<AppUser> people) {
        this.people = List.copyOf(people);
        heldByUnit = people.stream().filter(AppUser::active).collect(Collectors.groupingBy(AppUser::unitId,
                Collectors.flatMapping(person -> person.roles().stream(), Collectors.toSet())));
    }

    /**
     * The roles the person's unit needs that somebody holds now and nobody would, were the person to keep only these
     * roles (none, when they leave): a change to warn of before it is made.
     */
    public List<Role> lostIf(AppUser person, Set<Role> keeps, Unit unit) {
        List<Role> before = rolesNobodyHolds(unit);
        UnitStaffing after = new UnitStaffing(people.stream()
                .map(someone -> someone.id() == person.id() ? someone.withRoles(keeps) : someone).toList());
        return after.rolesNobodyHolds(unit).stream().filter(role -> !before.contains(role)).toList();
    }

    /** In the order of the roles; empty where someone active holds every role the unit needs. */
    public List<Role> rolesNobodyHolds(Unit unit) {
        Set<Role> held = heldByUnit.getOrDefault(unit.id(), Set.of());
        return unit.rolesNeeded().stream().filter(role -> !held.contains(role)).sorted().toList();
    }
}
