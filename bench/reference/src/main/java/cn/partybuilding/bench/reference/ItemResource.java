package cn.partybuilding.bench.reference;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One row by its primary key, as JSON; no authentication. */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    @Inject
    EntityManager entityManager;

    @GET
    @Path("/{id}")
    public Item get(@PathParam("id") String id) {
        Item item = entityManager.find(Item.class, id);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }
}
