-- Liftshift collector: reads the SSIS catalog (SSISDB) and the Agent jobs (msdb) of this server.
-- Read-only: SELECT statements only. Needs read access to SSISDB (ssis_admin or folder permissions)
-- and msdb (SQLAgentReaderRole). Sensitive values are never selected.
-- Run with: sqlcmd -S <server> -E -y 0 -h -1 -i liftshift-collect.sql -o collected.json
-- (in SSMS: Results to Text, maximum characters unlimited; save the output as collected.json).
SET NOCOUNT ON;
DECLARE @server nvarchar(max);
DECLARE @catalog_properties nvarchar(max);
DECLARE @folders nvarchar(max);
DECLARE @projects nvarchar(max);
DECLARE @packages nvarchar(max);
DECLARE @object_parameters nvarchar(max);
DECLARE @environments nvarchar(max);
DECLARE @environment_variables nvarchar(max);
DECLARE @environment_references nvarchar(max);
DECLARE @jobs nvarchar(max);
DECLARE @job_steps nvarchar(max);
DECLARE @schedules nvarchar(max);
DECLARE @job_schedules nvarchar(max);
DECLARE @proxies nvarchar(max);
DECLARE @legacy_packages nvarchar(max);
IF DB_ID(N'SSISDB') IS NOT NULL
BEGIN
    EXEC SSISDB.sys.sp_executesql N'SET @json = (SELECT property_name, property_value FROM catalog.catalog_properties FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @catalog_properties OUTPUT;
    EXEC SSISDB.sys.sp_executesql N'SET @json = (SELECT * FROM catalog.folders FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @folders OUTPUT;
    EXEC SSISDB.sys.sp_executesql N'SET @json = (SELECT project_id, folder_id, name, description, project_format_version FROM catalog.projects FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @projects OUTPUT;
    EXEC SSISDB.sys.sp_executesql N'SET @json = (SELECT package_id, project_id, name, package_guid, description, package_format_version, entry_point FROM catalog.packages FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @packages OUTPUT;
    EXEC SSISDB.sys.sp_executesql N'SET @json = (SELECT parameter_id, project_id, object_type, object_name, parameter_name, data_type, required, sensitive, description, CAST(CASE WHEN sensitive = 0 THEN default_value END AS nvarchar(4000)) AS default_value, value_type, referenced_variable_name FROM catalog.object_parameters FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @object_parameters OUTPUT;
    EXEC SSISDB.sys.sp_executesql N'SET @json = (SELECT environment_id, folder_id, name, description FROM catalog.environments FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @environments OUTPUT;
    EXEC SSISDB.sys.sp_executesql N'SET @json = (SELECT variable_id, environment_id, name, description, type, sensitive, CAST(CASE WHEN sensitive = 0 THEN value END AS nvarchar(4000)) AS value FROM catalog.environment_variables FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @environment_variables OUTPUT;
    EXEC SSISDB.sys.sp_executesql N'SET @json = (SELECT reference_id, project_id, reference_type, environment_folder_name, environment_name FROM catalog.environment_references FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @environment_references OUTPUT;
END;
IF DB_ID(N'msdb') IS NOT NULL
BEGIN
    EXEC msdb.sys.sp_executesql N'SET @json = (SELECT CAST(SERVERPROPERTY(''ServerName'') AS nvarchar(256)) AS server_name, CAST(SERVERPROPERTY(''ProductVersion'') AS nvarchar(128)) AS product_version, CAST(SERVERPROPERTY(''Edition'') AS nvarchar(128)) AS edition FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @server OUTPUT;
    EXEC msdb.sys.sp_executesql N'SET @json = (SELECT job_id, name, enabled, description, SUSER_SNAME(owner_sid) AS owner_name FROM dbo.sysjobs FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @jobs OUTPUT;
    EXEC msdb.sys.sp_executesql N'SET @json = (SELECT job_id, step_id, step_name, subsystem, command, database_name, on_success_action, on_fail_action, retry_attempts, retry_interval, proxy_id FROM dbo.sysjobsteps FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @job_steps OUTPUT;
    EXEC msdb.sys.sp_executesql N'SET @json = (SELECT schedule_id, name, enabled, freq_type, freq_interval, freq_subday_type, freq_subday_interval, freq_relative_interval, freq_recurrence_factor, active_start_date, active_end_date, active_start_time, active_end_time FROM dbo.sysschedules FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @schedules OUTPUT;
    EXEC msdb.sys.sp_executesql N'SET @json = (SELECT job_id, schedule_id FROM dbo.sysjobschedules FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @job_schedules OUTPUT;
    EXEC msdb.sys.sp_executesql N'SET @json = (SELECT proxy_id, name, enabled, description FROM dbo.sysproxies FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @proxies OUTPUT;
    EXEC msdb.sys.sp_executesql N'SET @json = (SELECT id, name, description, packageformat, packagetype, isencrypted FROM dbo.sysssispackages FOR JSON PATH, INCLUDE_NULL_VALUES);',
        N'@json nvarchar(max) OUTPUT', @json = @legacy_packages OUTPUT;
END;
SELECT N'{"liftshift_collection":1'
    + CASE WHEN @server IS NULL AND DB_ID(N'msdb') IS NULL THEN N'' ELSE N',"server":' + COALESCE(@server, N'[]') END
    + CASE WHEN @catalog_properties IS NULL AND DB_ID(N'SSISDB') IS NULL THEN N'' ELSE N',"catalog_properties":' + COALESCE(@catalog_properties, N'[]') END
    + CASE WHEN @folders IS NULL AND DB_ID(N'SSISDB') IS NULL THEN N'' ELSE N',"folders":' + COALESCE(@folders, N'[]') END
    + CASE WHEN @projects IS NULL AND DB_ID(N'SSISDB') IS NULL THEN N'' ELSE N',"projects":' + COALESCE(@projects, N'[]') END
    + CASE WHEN @packages IS NULL AND DB_ID(N'SSISDB') IS NULL THEN N'' ELSE N',"packages":' + COALESCE(@packages, N'[]') END
    + CASE WHEN @object_parameters IS NULL AND DB_ID(N'SSISDB') IS NULL THEN N'' ELSE N',"object_parameters":' + COALESCE(@object_parameters, N'[]') END
    + CASE WHEN @environments IS NULL AND DB_ID(N'SSISDB') IS NULL THEN N'' ELSE N',"environments":' + COALESCE(@environments, N'[]') END
    + CASE WHEN @environment_variables IS NULL AND DB_ID(N'SSISDB') IS NULL THEN N'' ELSE N',"environment_variables":' + COALESCE(@environment_variables, N'[]') END
    + CASE WHEN @environment_references IS NULL AND DB_ID(N'SSISDB') IS NULL THEN N'' ELSE N',"environment_references":' + COALESCE(@environment_references, N'[]') END
    + CASE WHEN @jobs IS NULL AND DB_ID(N'msdb') IS NULL THEN N'' ELSE N',"jobs":' + COALESCE(@jobs, N'[]') END
    + CASE WHEN @job_steps IS NULL AND DB_ID(N'msdb') IS NULL THEN N'' ELSE N',"job_steps":' + COALESCE(@job_steps, N'[]') END
    + CASE WHEN @schedules IS NULL AND DB_ID(N'msdb') IS NULL THEN N'' ELSE N',"schedules":' + COALESCE(@schedules, N'[]') END
    + CASE WHEN @job_schedules IS NULL AND DB_ID(N'msdb') IS NULL THEN N'' ELSE N',"job_schedules":' + COALESCE(@job_schedules, N'[]') END
    + CASE WHEN @proxies IS NULL AND DB_ID(N'msdb') IS NULL THEN N'' ELSE N',"proxies":' + COALESCE(@proxies, N'[]') END
    + CASE WHEN @legacy_packages IS NULL AND DB_ID(N'msdb') IS NULL THEN N'' ELSE N',"legacy_packages":' + COALESCE(@legacy_packages, N'[]') END
    + N'}' AS liftshift_collection;
