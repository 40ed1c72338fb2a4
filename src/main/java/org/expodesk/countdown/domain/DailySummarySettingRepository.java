package org.expodesk.countdown.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DailySummarySettingRepository extends JpaRepository<DailySummarySetting, Long> {
}
