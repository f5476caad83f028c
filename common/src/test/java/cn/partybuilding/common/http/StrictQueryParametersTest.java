package cn.partybuilding.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.common.paging.PageParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrictQueryParametersTest {

    @SuppressWarnings("unused")
    static class Resource {
        public void list(@QueryParam("q") String q, @QueryParam("type") String type, @BeanParam PageParams page,
                         @HeaderParam("If-Match") String ifMatch) {
        }

        public void one(@PathParam("id") String id) {
        }
    }

    @Test
    void declaredNamesIncludeBeanParamFieldsButNotPathOrHeaderParameters() throws NoSuchMethodException {
        assertEquals(Set.of("q", "type", "limit", "cursor"), StrictQueryParameters.declaredBy(
                Resource.class.getMethod("list", String.class, String.class, PageParams.class, String.class)));
        assertEquals(Set.of(), StrictQueryParameters.declaredBy(Resource.class.getMethod("one", String.class)));
    }
}
