package com.briefingdesk.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people of the sample issue: the provincial office and the four units whose articles make up
 * 江苏精神文明建设简报 2022 年第 13 期, and 太仓市, whose articles need its leader's approval (单位审核) before they
 * reach the editors. Only where a demo password is configured (the default demo profile).
 */
@Component
@Order(0)
@ConditionalOnProperty("briefing.demo.password")
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    record DemoUnit(String code, String name, Unit.Kind kind, boolean requiresLeaderApproval) {
        DemoUnit(String code, String name, Unit.Kind kind) {
            this(code, name, kind, false);
        }
    }

    record DemoUser(String username, String displayName, String unitCode, Set<Role> roles) { }

    static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("office", "江苏省文明办", Unit.Kind.OFFICE),
            new DemoUnit("kunshan", "昆山市", Unit.Kind.MEMBER),
            new DemoUnit("jurong", "句容市", Unit.Kind.MEMBER),
            new DemoUnit("binhai", "滨海县", Unit.Kind.MEMBER),
            new DemoUnit("gulou", "徐州市鼓楼区", Unit.Kind.MEMBER),
            new DemoUnit("taicang", "太仓市", Unit.Kind.MEMBER, true));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("editor", "王敏（编辑）", "office", EnumSet.of(Role.EDITOR)),
            new DemoUser("editor2", "李静（编辑）", "office", EnumSet.of(Role.EDITOR)),
            new DemoUser("reviewer", "陈刚（审核）", "office", EnumSet.of(Role.REVIEWER)),
            new DemoUser("reviewer2", "刘洋（审核）", "office", EnumSet.of(Role.REVIEWER)),
            new DemoUser("signer", "张伟（签发）", "office", EnumSet.of(Role.SIGNATORY)),
            new DemoUser("admin", "系统管理员", "office", EnumSet.of(Role.ADMIN)),
            new DemoUser("kunshan", "昆山市报送员", "kunshan", EnumSet.of(Role.SUBMITTER)),
            new DemoUser("kunshan-recv", "昆山市收文员", "kunshan", EnumSet.of(Role.RECIPIENT)),
            new DemoUser("jurong", "句容市报送员", "jurong", EnumSet.of(Role.SUBMITTER)),
            new DemoUser("jurong-recv", "句容市收文员", "jurong", EnumSet.of(Role.RECIPIENT)),
            new DemoUser("binhai", "滨海县报送员", "binhai", EnumSet.of(Role.SUBMITTER)),
            new DemoUser("binhai-recv", "滨海县收文员", "binhai", EnumSet.of(Role.RECIPIENT)),
            new DemoUser("gulou", "徐州市鼓楼区报送员", "gulou", EnumSet.of(Role.SUBMITTER)),
            new DemoUser("gulou-recv", "徐州市鼓楼区收文员", "gulou", EnumSet.of(Role.RECIPIENT)),
            new DemoUser("taicang", "太仓市报送员", "taicang", EnumSet.of(Role.SUBMITTER)),
            new DemoUser("taicang-recv", "太仓市收文员", "taicang", EnumSet.of(Role.RECIPIENT)),
            new DemoUser("taicang-leader", "周琳（太仓市审核）", "taicang", EnumSet.of(Role.UNIT_LEADER)));

    private final UserDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final String password;

    DemoDirectory(UserDirectory directory, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
                  @Value("${briefing.demo.password}") String password) {
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> seed());
        StringBuilder table = new StringBuilder("\n\n  Briefing Desk demo logins (password for all: ")
                .append(password).append(")\n");
        for (DemoUser user : USERS) {
            table.append(String.format("    %-16s %-14s %s%n", user.username(), user.roles(), user.displayName()));
        }
        log.info(table.toString());
    }

    private void seed() {
        for (DemoUnit unit : UNITS) {
            if (directory.findUnitByCode(unit.code()).isEmpty()) {
                Unit created = directory.createUnit(unit.code(), unit.name(), unit.kind());
                directory.setRequiresLeaderApproval(created.id(), unit.requiresLeaderApproval());
            }
        }
        String hash = passwordEncoder.encode(password);
        for (DemoUser user : USERS) {
            if (directory.findByUsername(user.username()).isEmpty()) {
                long unitId = directory.findUnitByCode(user.unitCode()).orElseThrow().id();
                directory.createUser(user.username(), user.displayName(), unitId, hash, user.roles());
            }
        }
    }
}
