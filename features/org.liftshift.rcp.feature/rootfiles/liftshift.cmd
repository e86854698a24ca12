@echo off
rem Starts Liftshift from its installation folder.
rem   liftshift                       opens the workbench
rem   liftshift <subcommand> [args]   runs the command line without a window (liftshift --help)
rem Java 21 or newer is taken from JAVA_HOME, else from the PATH.
rem LIFTSHIFT_VM_ARGS adds JVM options, e.g. set LIFTSHIFT_VM_ARGS=-Xmx4g
setlocal EnableExtensions EnableDelayedExpansion

set "LIFTSHIFT_HOME=%~dp0"
if "%LIFTSHIFT_HOME:~-1%"=="\" set "LIFTSHIFT_HOME=%LIFTSHIFT_HOME:~0,-1%"

set "JAVA_EXE="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE (
  echo liftshift: no Java found. Liftshift needs Java 21 or newer: install a JDK 21+ and set JAVA_HOME to it. 1>&2
  exit /b 2
)

set "JAVA_MAJOR=0"
for /f "tokens=2 delims==" %%V in ('"%JAVA_EXE%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "JAVA_MAJOR=%%V"
set "JAVA_MAJOR=%JAVA_MAJOR: =%"
if "%JAVA_MAJOR:~0,2%"=="1." set "JAVA_MAJOR=%JAVA_MAJOR:~2%"
set /a JAVA_MAJOR_NUM=%JAVA_MAJOR% 2>nul
if %JAVA_MAJOR_NUM% LSS 21 (
  echo liftshift: %JAVA_EXE% is Java %JAVA_MAJOR%; Liftshift needs Java 21 or newer. 1>&2
  echo            Install a JDK 21+ and set JAVA_HOME to it, then run liftshift again. 1>&2
  exit /b 2
)

set "LAUNCHER="
for %%L in ("%LIFTSHIFT_HOME%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo liftshift: %LIFTSHIFT_HOME%\plugins has no org.eclipse.equinox.launcher jar; the installation is incomplete. 1>&2
  exit /b 2
)

set "VMARGS=-Xms128m -Xmx2g -Dosgi.requiredJavaVersion=21 -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"

rem The workbench: AWT headless (it only rasterises SVG icons) and C2 kept for code that stays hot,
rem so that its compiler thread does not compete with the display thread while the workbench starts
rem (see liftshift.sh and releng/benchmarks/run.sh startup).
set "GUIARGS=-Djava.awt.headless=true -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
rem The workbench's classes, parsed once into an archive the JVM writes when the first workbench closes
rem and maps at each later start (rewritten for another Java or installation).
if defined LOCALAPPDATA (
  if not exist "%LOCALAPPDATA%\Liftshift" mkdir "%LOCALAPPDATA%\Liftshift" 2>nul
  if exist "%LOCALAPPDATA%\Liftshift" set "GUIARGS=!GUIARGS! -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%LOCALAPPDATA%\Liftshift\classes-java%JAVA_MAJOR%.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off"
)

if "%~1"=="" (
  start "Liftshift" "%JAVA_EXE:java.exe=javaw.exe%" %VMARGS% %GUIARGS% %LIFTSHIFT_VM_ARGS% -jar "%LAUNCHER%" -install "%LIFTSHIFT_HOME%" -name Liftshift
  exit /b 0
)
"%JAVA_EXE%" %VMARGS% -Djava.awt.headless=true "-Dliftshift.cwd=%CD%" %LIFTSHIFT_VM_ARGS% -jar "%LAUNCHER%" -install "%LIFTSHIFT_HOME%" -application org.liftshift.cli.app -nosplash -data @none -consoleLog %*
exit /b %ERRORLEVEL%
