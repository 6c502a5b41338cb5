package org.internkg.resource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the linked-data pages from {@code templates/resource/*.mustache}. Mustache escapes every {@code {{value}}}
 * for HTML; the templates never use the unescaped forms, so a label such as {@code <img onerror=…>} shows as text.
 */
@Component
public class ResourcePageRenderer {

    private static final String FOLDER = "templates/resource/";

    private final Template page;
    private final Template notFound;

    ResourcePageRenderer() {
        Mustache.Compiler compiler = Mustache.compiler()
                .escapeHTML(true)
                .defaultValue("")
                .emptyStringIsFalse(true)
                .zeroIsFalse(true)
                .withLoader(name -> reader(name + ".mustache"));
        this.page = compile(compiler, "page.mustache");
        this.notFound = compile(compiler, "not-found.mustache");
    }

    public String page(PageModel.Page model) {
        return page.execute(model);
    }

    public String notFound(PageModel.NotFound model) {
        return notFound.execute(model);
    }

    private static Template compile(Mustache.Compiler compiler, String name) {
        try (Reader reader = reader(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + name, e);
        }
    }

    private static Reader reader(String name) throws IOException {
        return new InputStreamReader(new ClassPathResource(FOLDER + name).getInputStream(), StandardCharsets.UTF_8);
    }
}
