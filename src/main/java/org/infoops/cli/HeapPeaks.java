package org.infoops.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap for the bench commands: the sum of the heap pools' peaks since the last {@link #reset()}. */
final class HeapPeaks {
    private HeapPeaks() {
    }

    /** Collects garbage first, so the next peak measures what the benchmark itself holds. */
    static void reset() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    static String mib(long bytes) {
        return String.format("%,d MiB", bytes >> 20);
    }
}
