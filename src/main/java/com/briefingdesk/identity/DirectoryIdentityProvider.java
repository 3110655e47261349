package com.briefingdesk.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's view of our directory: a user per active person (id = username), a group per role that has tasks.
 * Passwords are checked only by Spring Security; Camunda never sees them.
 */
class DirectoryIdentityProvider implements ReadOnlyIdentityProvider {

    private final UserDirectory directory;

    DirectoryIdentityProvider(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public User findUserById(String userId) {
        return directory.findByUsername(userId).filter(AppUser::active).map(DirectoryIdentityProvider::toUser)
                .orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new DirectoryUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new DirectoryUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new IdentityProviderException("native user queries are not supported by the Briefing Desk directory");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    @Override
    public Group findGroupById(String groupId) {
        return groups().stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new DirectoryGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new DirectoryGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenants(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenants();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    List<User> users(UserQueryImpl query) {
        Predicate<AppUser> matches = AppUser::active;
        matches = matches.and(u -> query.getId() == null || query.getId().equals(u.username()));
        matches = matches.and(u -> query.getIds() == null || Arrays.asList(query.getIds()).contains(u.username()));
        matches = matches.and(u -> query.getFirstName() == null || query.getFirstName().equals(u.displayName()));
        matches = matches.and(u -> like(query.getFirstNameLike(), u.displayName()));
        matches = matches.and(u -> query.getEmail() == null || query.getEmail().equals(u.email()));
        matches = matches.and(u -> like(query.getEmailLike(), u.email()));
        matches = matches.and(u -> query.getGroupId() == null || u.candidateGroups().contains(query.getGroupId()));
        matches = matches.and(u -> query.getTenantId() == null);
        matches = matches.and(u -> query.getLastName() == null && query.getLastNameLike() == null);
        return directory.findAll().stream().filter(matches).map(DirectoryIdentityProvider::toUser).toList();
    }

    List<Group> groups(GroupQueryImpl query) {
        List<String> ofUser = query.getUserId() == null ? null : directory.findByUsername(query.getUserId())
                .filter(AppUser::active).map(AppUser::candidateGroups).orElse(List.of());
        return groups().stream()
                .filter(g -> query.getId() == null || query.getId().equals(g.getId()))
                .filter(g -> query.getIds() == null || Arrays.asList(query.getIds()).contains(g.getId()))
                .filter(g -> query.getName() == null || query.getName().equals(g.getName()))
                .filter(g -> like(query.getNameLike(), g.getName()))
                .filter(g -> query.getType() == null || query.getType().equals(g.getType()))
                .filter(g -> ofUser == null || ofUser.contains(g.getId()))
                .filter(g -> query.getTenantId() == null)
                .toList();
    }

    /** A group per role with tasks, and per unit the groups of its recipients, submitters and leaders. */
    private List<Group> groups() {
        List<Group> groups = new java.util.ArrayList<>(Arrays.stream(Role.values()).map(Role::candidateGroup)
                .filter(Objects::nonNull).map(id -> group(id, id,
                        id.equals(Role.ADMIN.candidateGroup()) ? "SYSTEM" : "WORKFLOW")).toList());
        directory.findUnits().forEach(unit -> groups.add(group(Unit.recipientGroup(unit.code()),
                unit.name() + " recipients", "WORKFLOW")));
        directory.findUnits().forEach(unit -> groups.add(group(Unit.submitterGroup(unit.code()),
                unit.name() + " submitters", "WORKFLOW")));
        directory.findUnits().forEach(unit -> groups.add(group(Unit.leaderGroup(unit.code()),
                unit.name() + " leaders", "WORKFLOW")));
        return groups;
    }

    private static Group group(String id, String name, String type) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(type);
        return group;
    }

    /** Camunda's LIKE: % for any run of characters. */
    private static boolean like(String pattern, String value) {
        if (pattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        String regex = Arrays.stream(pattern.split("%", -1)).map(java.util.regex.Pattern::quote)
                .reduce((a, b) -> a + ".*" + b).orElse("");
        return value.matches(regex);
    }

    private static User toUser(AppUser appUser) {
        UserEntity user = new UserEntity(appUser.username());
        user.setFirstName(appUser.displayName());
        user.setLastName("");
        user.setEmail(appUser.email());
        return user;
    }

    static DirectoryIdentityProvider current(CommandContext commandContext) {
        return (DirectoryIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }

    static <T> List<T> page(List<T> all, Page page) {
        if (page == null) {
            return all;
        }
        int from = Math.min(page.getFirstResult(), all.size());
        int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
        return all.subList(from, to);
    }

    static class DirectoryUserQuery extends UserQueryImpl {

        DirectoryUserQuery() {
        }

        DirectoryUserQuery(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return current(commandContext).users(this).size();
        }

        @Override
        public List<User> executeList(CommandContext commandContext, Page page) {
            return page(current(commandContext).users(this), page);
        }
    }

    static class DirectoryGroupQuery extends GroupQueryImpl {

        DirectoryGroupQuery() {
        }

        DirectoryGroupQuery(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return current(commandContext).groups(this).size();
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            return page(current(commandContext).groups(this), page);
        }
    }

    static class NoTenants extends TenantQueryImpl {

        NoTenants() {
        }

        NoTenants(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }
}
