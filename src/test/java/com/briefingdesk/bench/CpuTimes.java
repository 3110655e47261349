package com.briefingdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent so far by this JVM, by the PostgreSQL server processes and by the whole machine (Linux /proc), so
 * that a benchmark can say what a unit of work costs and on which side of the connection. The server's processes
 * are summed while they live: a backend that ends within the interval takes its time with it, so for work whose
 * connections come and go (pgbench's) only the machine's figure holds.
 */
record CpuTimes(long jvmNanos, long postgresNanos, long machineNanos) {

    /** Linux's USER_HZ, the unit of utime and stime in /proc/[pid]/stat: 100 on every architecture Debian ships. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static CpuTimes now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new CpuTimes(jvm, postgresTicks() * NANOS_PER_TICK, machineBusyTicks() * NANOS_PER_TICK);
    }

    CpuTimes since(CpuTimes start) {
        return new CpuTimes(jvmNanos - start.jvmNanos, postgresNanos - start.postgresNanos,
                machineNanos - start.machineNanos);
    }

    /** Milliseconds of CPU per unit of work: JVM, PostgreSQL and the machine in all. */
    String perUnit(double units, String unit) {
        return String.format("CPU per %s: JVM %.2f ms, PostgreSQL %.2f ms, machine %.2f ms", unit,
                jvmNanos / 1e6 / units, postgresNanos / 1e6 / units, machineNanos / 1e6 / units);
    }

    /** The machine's busy time: the first line of /proc/stat without idle and iowait. */
    private static long machineBusyTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i <= 8 && i < fields.length; i++) { // user nice system idle iowait irq softirq steal
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long postgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuTimes::postgresTicksOf).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** utime + stime of a postgres process (fields 14 and 15 of its stat line, after the command in brackets). */
    private static long postgresTicksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < 0 || !stat.substring(open + 1, close).startsWith("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended while being read
        }
    }
}
