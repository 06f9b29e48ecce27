package vn.toadam.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A group (tổ) of a workshop; each has its own board. */
@Entity
@Table(name = "workshop_group")
public class WorkshopGroup {

    public static final int NAME_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Version
    private long version;

    protected WorkshopGroup() {
    }

    WorkshopGroup(Workshop workshop, int position, String name) {
        this.workshop = workshop;
        this.position = position;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
