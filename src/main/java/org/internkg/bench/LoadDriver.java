package org.internkg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code clients} threads, each sending its next instance as soon as the previous answer is
 * complete, first for a warm-up that is not counted, then for the measured duration. Instances are taken in turn
 * from the list; a weighted mix draws its template by weight with a fixed seed.
 */
public final class LoadDriver {

    private final Duration warmUp;
    private final Duration duration;

    public LoadDriver(Duration warmUp, Duration duration) {
        this.warmUp = warmUp;
        this.duration = duration;
    }

    /** One template at one concurrency. */
    public Measurement run(QueryTarget target, BenchQuery query, int clients) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        return run(target, clients, random -> {
            int at = (int) (next.getAndIncrement() % query.instances().size());
            return new Pick(query, query.instances().get(at));
        });
    }

    /** The explorer-weighted mix of every template at one concurrency. */
    public Measurement runMix(QueryTarget target, List<BenchQuery> queries, int clients) throws InterruptedException {
        int total = queries.stream().mapToInt(BenchQuery::weight).sum();
        return run(target, clients, random -> {
            int ticket = random.nextInt(total);
            for (BenchQuery query : queries) {
                ticket -= query.weight();
                if (ticket < 0) {
                    return new Pick(query, query.instances().get(random.nextInt(query.instances().size())));
                }
            }
            throw new IllegalStateException("weights");
        });
    }

    private Measurement run(QueryTarget target, int clients, java.util.function.Function<SplittableRandom, Pick> picker)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        List<long[]> perClient = new ArrayList<>();
        AtomicLong failed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[][] latencies = {new long[1024]};
            int[] count = {0};
            SplittableRandom random = new SplittableRandom(17 + c);
            Thread thread = new Thread(() -> {
                while (true) {
                    Pick pick = picker.apply(random);
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    boolean ok;
                    try {
                        target.answer(pick.instance(), pick.query());
                        ok = true;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end) {
                        if (!ok) {
                            failed.incrementAndGet();
                        } else {
                            if (count[0] == latencies[0].length) {
                                latencies[0] = java.util.Arrays.copyOf(latencies[0], count[0] * 2);
                            }
                            latencies[0][count[0]++] = t1 - t0;
                        }
                    }
                }
                synchronized (perClient) {
                    perClient.add(java.util.Arrays.copyOf(latencies[0], count[0]));
                }
            }, "bench-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return Measurement.of(all, failed.get(), duration.toNanos() / 1e9);
    }

    private record Pick(BenchQuery query, String instance) {
    }
}
