package org.chancery.topic.api;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.MergePatch;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.DeletionReasons;
import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Paging;
import org.chancery.common.api.Versions;
import org.chancery.common.query.CodePosition;
import org.chancery.common.web.RecordVersionTagged;
import org.chancery.topic.TopicCommand;
import org.chancery.topic.TopicService;
import org.chancery.topic.TopicVocabulary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/topics}: the vocabulary events are tagged with, addressed by code. Anyone
 * who may read reads it; only admins write it (see the security configuration).
 */
@ApiController("/api/v1/topics")
class TopicApiController {

    private final TopicService topics;
    private final TopicVocabulary vocabulary;

    TopicApiController(TopicService topics, TopicVocabulary vocabulary) {
        this.topics = topics;
        this.vocabulary = vocabulary;
    }

    @GetMapping
    @RecordVersionTagged
    PageResponse<TopicResponse> list(TopicListParameters parameters) {
        ListParameters read = new ListParameters();
        Paging<CodePosition> paging = read.paging(parameters, CodePosition.ORDER, CodePosition::from);
        read.check();
        return paging.answer(vocabulary, TopicVocabulary.AllTopics.ALL, TopicResponse::from);
    }

    @GetMapping("/{code}")
    ResponseEntity<TopicResponse> get(@PathVariable String code, WebRequest request) {
        String key = key(code);
        return Versions.conditional(request, Versions.etag(topics.live(key).getVersion()),
                () -> TopicResponse.from(vocabulary.entry(key)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TopicResponse> create(@Valid @RequestBody TopicCommand command) {
        TopicResponse created = TopicResponse.from(vocabulary.entry(topics.create(command).getCode()));
        return Versions.created(created, created.version(), created.code());
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TopicResponse> replace(@PathVariable String code, ExpectedVersion expected,
            @Valid @RequestBody TopicCommand command) {
        return current(topics.rename(key(code), expected, command).getCode());
    }

    @PatchMapping(path = "/{code}", consumes = MergePatch.MEDIA_TYPE)
    ResponseEntity<TopicResponse> patch(@PathVariable String code, ExpectedVersion expected, @RequestBody JsonNode patch) {
        return current(topics.patch(key(code), expected, patch).getCode());
    }

    /** Deletes the topic for good; refused while any event is tagged with it. */
    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code, ExpectedVersion expected,
            @RequestParam(required = false) @Nullable String reason) {
        topics.delete(key(code), expected, DeletionReasons.required(reason, "topic"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{code}/history")
    List<ChangeLog.ChangeEntry> history(@PathVariable String code) {
        return topics.history(key(code));
    }

    private ResponseEntity<TopicResponse> current(String code) {
        TopicResponse topic = TopicResponse.from(vocabulary.entry(code));
        return Versions.current(topic, topic.version());
    }

    /** Codes are lower case; {@code /topics/Water} is {@code water}. */
    private static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
