package bench;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/hello")
public class Greeting {

    /** One entity, so Hibernate ORM starts as it does in the service. */
    @Entity
    public static class Item extends PanacheEntity {
        public String name;
    }

    @GET
    public String hello() {
        return "hello";
    }
}
