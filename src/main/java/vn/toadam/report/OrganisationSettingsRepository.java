package vn.toadam.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationSettingsRepository extends JpaRepository<OrganisationSettings, Long> {
}
