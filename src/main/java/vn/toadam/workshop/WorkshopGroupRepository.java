package vn.toadam.workshop;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkshopGroupRepository extends JpaRepository<WorkshopGroup, Long> {
}
