package org.liftshift.generate.internal.tsql;

import org.liftshift.model.estate.Schedule;

/** The arguments of {@code msdb.dbo.sp_add_schedule}, as SQL Agent stores them. */
record JobSchedule(String name, boolean enabled, int frequencyType, int frequencyInterval, int subdayType, int subdayInterval,
        int relativeInterval, int recurrenceFactor, int activeStartDate, int activeEndDate, int activeStartTime,
        int activeEndTime) {

    /** The estate's schedule, converted value for value: msdb on a Managed Instance uses the same codes. */
    static JobSchedule of(Schedule schedule) {
        return new JobSchedule(schedule.getName(), schedule.isEnabled(), schedule.getFrequencyType().getValue(),
                schedule.getFrequencyInterval(), schedule.getFrequencySubdayType().getValue(),
                schedule.getFrequencySubdayInterval(), schedule.getFrequencyRelativeInterval(),
                schedule.getFrequencyRecurrenceFactor(), schedule.getActiveStartDate(), schedule.getActiveEndDate(),
                schedule.getActiveStartTime(), schedule.getActiveEndTime());
    }

    /** Every day, every {@code minutes} minutes, all day. */
    static JobSchedule everyMinutes(String name, int minutes) {
        return new JobSchedule(name, true, 4, 1, 4, minutes, 0, 0, 20000101, 99991231, 0, 235959);
    }

    /** Every day at {@code time} (HHMMSS). */
    static JobSchedule daily(String name, int time) {
        return new JobSchedule(name, true, 4, 1, 1, 0, 0, 0, 20000101, 99991231, time, 235959);
    }

    JobSchedule disabled() {
        return new JobSchedule(name, false, frequencyType, frequencyInterval, subdayType, subdayInterval, relativeInterval,
                recurrenceFactor, activeStartDate, activeEndDate, activeStartTime, activeEndTime);
    }
}
