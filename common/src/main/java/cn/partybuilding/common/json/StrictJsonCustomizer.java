package cn.partybuilding.common.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Enums are names, never positions: {@code "type": 1} must not quietly become the second constant.
 * (Unknown properties are refused through {@code quarkus.jackson.fail-on-unknown-properties}.)
 * A field without a value is left out, never sent as {@code null}: the contract's types hold for every
 * field present, so strict generated clients read every answer.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
