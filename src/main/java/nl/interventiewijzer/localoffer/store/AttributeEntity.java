package nl.interventiewijzer.localoffer.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Stored HSDS rows for the directory queries (see {@link LocalOfferStore}); references are plain id columns. */
@Entity
@Table(name = "hsds_attribute", indexes = @Index(columnList = "linkId"))
public class AttributeEntity extends PanacheEntityBase {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 36)
    public String linkId;
    @Column(nullable = false, length = 40)
    public String linkEntity;
    @Column(nullable = false, length = 36)
    public String taxonomyTermId;
    @Column(length = 100)
    public String linkType;
}
