package org.internkg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.internkg.explore.GraphLookup.LangLabels;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The courses with their lessons in teaching order (numbered lessons, then supplementary ones by code), and for
 * each lesson the tools, models, datasets and platforms it uses and the links to its material and video.
 */
@Component
class CoursesQuery {

    private final KnowledgeBase kb;
    private final BoundedSelect select = BoundedSelect.load("course-lessons.rq", 10000);

    CoursesQuery(KnowledgeBase kb) {
        this.kb = kb;
    }

    record Used(String iri, LangLabels label, String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Lesson(String iri, LangLabels label, Integer number, String code, LangLabels description, String material,
                  String video, List<Used> tools, List<Used> models, List<Used> datasets, List<Used> platforms) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Course(String iri, LangLabels label, LangLabels description, String url, List<Lesson> lessons) {
    }

    record Courses(List<Course> courses) {
    }

    private static final class LessonRow {
        Integer number;
        String code;
        String url;
        String video;
        final Map<String, Set<Node>> used = new LinkedHashMap<>();
    }

    Courses courses(Node only) {
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            if (only != null && !lookup.mentions(only)) {
                throw new UnknownResourceException(only.getURI());
            }
            Map<Node, Map<Node, LessonRow>> byCourse = new LinkedHashMap<>();
            for (QuerySolution row : select.select(ds, Map.of())) {
                Node course = row.get("course").asNode();
                if (only != null && !only.equals(course)) {
                    continue;
                }
                Map<Node, LessonRow> lessons = byCourse.computeIfAbsent(course, k -> new LinkedHashMap<>());
                if (!row.contains("lesson")) {
                    continue;
                }
                LessonRow l = lessons.computeIfAbsent(row.get("lesson").asNode(), k -> new LessonRow());
                if (row.contains("number")) {
                    l.number = row.getLiteral("number").getInt();
                }
                if (row.contains("code")) {
                    l.code = row.getLiteral("code").getLexicalForm();
                }
                if (row.contains("url")) {
                    l.url = row.get("url").toString();
                }
                if (row.contains("video")) {
                    l.video = row.get("video").toString();
                }
                if (row.contains("used")) {
                    l.used.computeIfAbsent(GraphLookup.localName(row.get("use").asNode()), k -> new LinkedHashSet<>())
                            .add(row.get("used").asNode());
                }
            }
            List<Course> courses = new ArrayList<>();
            byCourse.forEach((course, lessons) -> {
                List<Lesson> list = new ArrayList<>();
                lessons.forEach((lesson, l) -> list.add(new Lesson(lesson.getURI(), lookup.labels(lesson), l.number, l.code,
                        lookup.description(lesson), l.url, l.video, used(lookup, l, "usesTool"), used(lookup, l, "usesModel"),
                        used(lookup, l, "usesDataset"), used(lookup, l, "usesPlatform"))));
                list.sort(Comparator.comparing((Lesson x) -> x.number() == null ? Integer.MAX_VALUE : x.number())
                        .thenComparing(x -> x.code() == null ? "" : x.code()).thenComparing(Lesson::iri));
                List<Node> urls = lookup.union().find(course, org.apache.jena.graph.NodeFactory.createURI("https://schema.org/url"), Node.ANY)
                        .mapWith(t -> t.getObject()).toList();
                courses.add(new Course(course.getURI(), lookup.labels(course), lookup.description(course),
                        urls.isEmpty() || !urls.get(0).isURI() ? null : urls.get(0).getURI(), list));
            });
            courses.sort(Comparator.comparing(Course::iri));
            return new Courses(courses);
        });
    }

    private static List<Used> used(GraphLookup lookup, LessonRow l, String property) {
        return l.used.getOrDefault(property, Set.of()).stream().map(n -> {
            Node type = lookup.primaryType(n);
            return new Used(n.getURI(), lookup.labels(n), type.isURI() ? GraphLookup.localName(type) : null);
        }).sorted(Comparator.comparing(Used::iri)).toList();
    }
}
