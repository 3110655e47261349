package com.briefingdesk.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Units, people and roles, as stored in our own tables: the one directory of the application. */
@Repository
public class UserDirectory {

    private static final String USER_SELECT = """
            select u.id, u.username, u.display_name, u.unit_id, n.code as unit_code, n.name as unit_name, u.email,
                   u.phone, u.active,
                   coalesce(string_agg(r.role, ',' order by r.role), '') as roles
            from app_user u join unit n on n.id = u.unit_id left join user_role r on r.user_id = u.id
            """;
    private static final String USER_GROUP = " group by u.id, n.code, n.name";

    private final JdbcClient jdbc;

    public UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppUser> findByUsername(String username) {
        return jdbc.sql(USER_SELECT + " where u.username = :username" + USER_GROUP)
                .param("username", username).query(this::mapUser).optional();
    }

    public Optional<AppUser> findById(long id) {
        return jdbc.sql(USER_SELECT + " where u.id = :id" + USER_GROUP).param("id", id).query(this::mapUser).optional();
    }

    public Optional<String> passwordHashOf(String username) {
        return jdbc.sql("select password_hash from app_user where username = :username and active")
                .param("username", username).query(String.class).optional();
    }

    public List<AppUser> findAll() {
        return jdbc.sql(USER_SELECT + USER_GROUP + " order by u.unit_id, u.username").query(this::mapUser).list();
    }

    /** The active people of one unit, for the notices to a unit. */
    public List<AppUser> findActiveOfUnit(long unitId) {
        return jdbc.sql(USER_SELECT + " where u.unit_id = :unit and u.active" + USER_GROUP + " order by u.username")
                .param("unit", unitId).query(this::mapUser).list();
    }

    /** Those of the units where no active person holds the role, in the order of their ids. */
    public List<Unit> unitsWithoutActive(Role role, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from unit n where n.id in (:ids) and not exists (
                            select 1 from app_user u join user_role r on r.user_id = u.id
                            where u.unit_id = n.id and u.active and r.role = :role)
                        order by n.id""")
                .param("ids", unitIds).param("role", role.name()).query(this::mapUnit).list();
    }

    /** The ids of those of the units where no active person holds the role: nobody there to do its work. */
    public Set<Long> unitIdsWithoutActive(Role role, Collection<Long> unitIds) {
        return unitsWithoutActive(role, unitIds).stream().map(Unit::id).collect(Collectors.toSet());
    }

    /** The units where a role they need is held by nobody active ({@link UnitStaffing}). */
    public List<Unit> unitsShortOfRoles() {
        UnitStaffing staffing = new UnitStaffing(findAll());
        return findUnits().stream().filter(unit -> !staffing.rolesNobodyHolds(unit).isEmpty()).toList();
    }

    public long countUsers() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public Optional<Unit> findUnitByCode(String code) {
        return jdbc.sql("select * from unit where code = :code").param("code", code).query(this::mapUnit).optional();
    }

    public Optional<Unit> findUnit(long id) {
        return jdbc.sql("select * from unit where id = :id").param("id", id).query(this::mapUnit).optional();
    }

    public List<Unit> findUnits() {
        return jdbc.sql("select * from unit order by kind, id").query(this::mapUnit).list();
    }

    @Transactional
    public Unit createUnit(String code, String name, Unit.Kind kind) {
        long id = jdbc.sql("insert into unit (code, name, kind) values (:code, :name, :kind) returning id")
                .param("code", code).param("name", name).param("kind", kind.name()).query(Long.class).single();
        return findUnit(id).orElseThrow();
    }

    /** Whether the unit's articles need its leader's approval before they reach the provincial editors. */
    @Transactional
    public void setRequiresLeaderApproval(long unitId, boolean required) {
        jdbc.sql("update unit set requires_leader_approval = :required where id = :id").param("id", unitId)
                .param("required", required).update();
    }

    @Transactional
    public AppUser createUser(String username, String displayName, long unitId, String passwordHash, Set<Role> roles) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, unit_id)
                        values (:username, :displayName, :hash, :unitId) returning id""")
                .param("username", username).param("displayName", displayName)
                .param("hash", passwordHash).param("unitId", unitId).query(Long.class).single();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
        return findById(id).orElseThrow();
    }

    /** The person's name, addresses and roles; the roles replace those they had. */
    @Transactional
    public AppUser updatePerson(long userId, String displayName, ContactDetails contact, Set<Role> roles) {
        jdbc.sql("update app_user set display_name = :name where id = :id").param("id", userId)
                .param("name", displayName).update();
        writeContact(userId, contact);
        jdbc.sql("delete from user_role where user_id = :id").param("id", userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                    .param("id", userId).param("role", role.name()).update();
        }
        return findById(userId).orElseThrow();
    }

    /** Where notices reach the person. */
    @Transactional
    public AppUser setContact(long userId, ContactDetails contact) {
        writeContact(userId, contact);
        return findById(userId).orElseThrow();
    }

    private void writeContact(long userId, ContactDetails contact) {
        jdbc.sql("update app_user set email = :email, phone = :phone where id = :id").param("id", userId)
                .param("email", contact.email()).param("phone", contact.phone()).update();
    }

    /** A deactivated person can no longer log in and is no longer a candidate for any task. */
    @Transactional
    public void setActive(long userId, boolean active) {
        jdbc.sql("update app_user set active = :active where id = :id").param("id", userId).param("active", active)
                .update();
    }

    /** Sets a new password; answers when it changed, the moment before which every session of the person ends. */
    @Transactional
    public Instant setPasswordHash(long userId, String passwordHash) {
        return jdbc.sql("update app_user set password_hash = :hash, password_changed_at = clock_timestamp()"
                        + " where id = :id returning password_changed_at").param("id", userId)
                .param("hash", passwordHash).query(java.sql.Timestamp.class).single().toInstant();
    }

    private AppUser mapUser(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : rs.getString("roles").split(",")) {
            if (!role.isEmpty()) {
                roles.add(Role.valueOf(role));
            }
        }
        return new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("email"),
                rs.getString("phone"),
                rs.getBoolean("active"), roles);
    }

    private Unit mapUnit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                Unit.Kind.valueOf(rs.getString("kind")), rs.getBoolean("requires_leader_approval"),
                rs.getBoolean("active"));
    }
}
