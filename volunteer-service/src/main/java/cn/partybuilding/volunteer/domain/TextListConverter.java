package cn.partybuilding.volunteer.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A list of short texts kept as a JSON array in a TEXT column (portable between MySQL and MariaDB). */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> items) {
        try {
            return items == null ? null : JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agreement items are not a JSON array", e);
        }
    }
}
