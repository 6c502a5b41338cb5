package org.internkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.internkg.graph.BundledData;
import org.internkg.graph.KnowledgeBase;
import org.internkg.harvest.HarvestArchive;
import org.internkg.harvest.HarvestOutcome;
import org.internkg.harvest.HarvestReport;
import org.internkg.harvest.HarvestService;
import org.internkg.harvest.RemoteGraphStore;
import org.internkg.harvest.SourceFetcher;
import org.internkg.harvest.SourceIdentity;
import org.internkg.harvest.SourceKind;
import org.internkg.harvest.SourceText;
import org.internkg.validation.KnowledgeBaseValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Harvests upstream documents (files, or URLs with {@code --allow-fetch}) into sourced named graphs: into the
 * on-disk store (validated, one transaction per source, older versions archived), to a running server over the
 * Graph Store Protocol ({@code --remote}), or nowhere ({@code --dry-run}: the N-Quads and the changes are printed).
 */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = "Harvest model-zoo tables, supported-model lists, OpenCompass configs and Hugging Face model cards "
                + "into one named graph per source version, and list what changed since the previous version.")
class HarvestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files or URLs, harvested in the order given.")
    private List<String> sources;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:INTERNKG_STORE_LOCATION}",
            description = "The on-disk TDB2 store (default: $INTERNKG_STORE_LOCATION); required unless --dry-run or --remote.")
    private Path location;

    @Option(names = "--dry-run", description = "Print the triples (N-Quads, with their graph) and the changes; store nothing.")
    private boolean dryRun;

    @Option(names = "--kind", paramLabel = "KIND", description = "Source kind, when the name does not tell: ${COMPLETION-CANDIDATES}.")
    private SourceKind kind;

    @Option(names = "--source-url", paramLabel = "URL", description = "The document URL for provenance (one SOURCE only).")
    private String sourceUrl;

    @Option(names = "--commit", paramLabel = "SHA", description = "The commit of the document (one SOURCE only).")
    private String commit;

    @Option(names = "--tool", paramLabel = "SLUG", description = "The tool whose supported-model list this is (lmdeploy, xtuner, …).")
    private String tool;

    @Option(names = "--version-date", paramLabel = "DATE",
            description = "When this version was made (YYYY-MM-DD or an instant); default now. The newest version of a source is live.")
    private String versionDate;

    @Option(names = "--allow-fetch", description = "Allow SOURCE to be an http(s) URL that is fetched (off by default).")
    private boolean allowFetch;

    @Option(names = "--raw-base", paramLabel = "URL", defaultValue = "https://raw.githubusercontent.com",
            description = "Base URL for raw GitHub files (default: ${DEFAULT-VALUE}).")
    private String rawBase;

    @Option(names = "--fetch-token", paramLabel = "TOKEN", defaultValue = "${env:INTERNKG_FETCH_TOKEN}",
            description = "Bearer token sent when fetching (default: $INTERNKG_FETCH_TOKEN).")
    private String fetchToken;

    @Option(names = "--fetch-interval", paramLabel = "SECONDS", defaultValue = "2", description = "Minimum seconds between two fetches (default: ${DEFAULT-VALUE}).")
    private long fetchInterval;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Timeout of one fetch (default: ${DEFAULT-VALUE}).")
    private long fetchTimeout;

    @Option(names = "--remote", paramLabel = "URL", description = "Send each graph to this Graph Store endpoint (http://host:8080/data) with PUT instead of the local store.")
    private String remote;

    @Option(names = "--write-token", paramLabel = "TOKEN", defaultValue = "${env:INTERNKG_WRITE_TOKEN}",
            description = "Bearer token for --remote (default: $INTERNKG_WRITE_TOKEN).")
    private String writeToken;

    @Override
    public Integer call() {
        if ((sourceUrl != null || commit != null) && sources.size() > 1) {
            throw new IllegalArgumentException("--source-url and --commit describe one document: give one SOURCE with them");
        }
        if (!dryRun && remote == null && location == null) {
            throw new IllegalArgumentException("name the store to harvest into with --store DIR (or use --dry-run, or --remote URL)");
        }
        SourceFetcher fetcher = allowFetch ? new SourceFetcher(rawBase, fetchToken, Duration.ofSeconds(fetchInterval),
                Duration.ofSeconds(fetchTimeout), location == null ? null : location.resolve("harvest-cache")) : null;
        List<SourceText> texts = sources.stream().map(s -> read(s, fetcher)).toList();
        boolean local = !dryRun && remote == null;
        // A dry run or a remote harvest still compares with the local store when there is one, and never writes it.
        boolean useStore = location != null && (local || Files.isDirectory(location));
        try (KnowledgeBase kb = useStore ? KnowledgeBase.onDisk(location) : KnowledgeBase.withBundledData()) {
            BundledData bundled = new BundledData();
            if (kb.isEmpty()) {
                bundled.loadInto(kb);
            }
            HarvestArchive archive = useStore ? HarvestArchive.of(location) : HarvestArchive.none();
            HarvestService service = new HarvestService(kb, new KnowledgeBaseValidator(bundled), archive);
            for (SourceText text : texts) {
                HarvestOutcome outcome = local ? service.harvest(text) : service.preview(text);
                if (dryRun) {
                    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                    dsg.addGraph(outcome.harvested().name(), outcome.harvested().graph());
                    RDFDataMgr.write(System.out, dsg, Lang.NQUADS);
                } else if (remote != null) {
                    new RemoteGraphStore(remote, writeToken).put(outcome.harvested().name(), outcome.harvested().graph());
                    System.err.println("sent <" + outcome.harvested().name().getURI() + "> to " + remote);
                }
                HarvestReport.print(outcome, System.err);
            }
        }
        return 0;
    }

    private SourceText read(String source, SourceFetcher fetcher) {
        boolean isUrl = source.startsWith("http://") || source.startsWith("https://");
        String text;
        if (isUrl) {
            if (fetcher == null) {
                throw new IllegalArgumentException(source + " is a URL: fetching is off; add --allow-fetch to fetch it");
            }
            text = fetcher.fetch(source).text();
        } else {
            try {
                text = Files.readString(Path.of(source), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
            }
        }
        SourceIdentity id = SourceIdentity.of(sourceUrl != null ? sourceUrl : source);
        SourceKind chosen = kind != null ? kind : SourceKind.detect(source, text);
        if (chosen == null) {
            throw new IllegalArgumentException(source + ": cannot tell what kind of source this is from its name; give --kind (model_zoo, support_table, tool_readme, opencompass_config, model_card)");
        }
        String documentUrl = id.documentUrl() != null ? id.documentUrl() : isUrl ? source : Path.of(source).toAbsolutePath().toUri().toString();
        String stableUrl = id.stableUrl() != null ? id.stableUrl() : documentUrl;
        return new SourceText(source, text, chosen, documentUrl, stableUrl, commit != null ? commit : id.commit(),
                id.label(), tool != null ? tool : id.tool(), versionTime());
    }

    private Instant versionTime() {
        if (versionDate == null) {
            return Instant.now();
        }
        return versionDate.length() == 10 ? LocalDate.parse(versionDate).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(versionDate);
    }
}
