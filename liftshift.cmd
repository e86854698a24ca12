@echo off
rem Liftshift from a source checkout (Windows).
rem   liftshift                       opens the workbench
rem   liftshift --help                lists the subcommands
rem   liftshift <subcommand> [args]   runs one without a window
rem Builds the product first when it is not built yet. Needs Java 21+ in JAVA_HOME.
setlocal EnableExtensions
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "PRODUCT=%ROOT%\releng\org.liftshift.product\target\products\org.liftshift.ui.product\win32\win32\x86_64\liftshift"

if not exist "%PRODUCT%\liftshift.cmd" (
  if not exist "%ROOT%\target" mkdir "%ROOT%\target"
  echo liftshift: building the product first ^(once; a few minutes, log in target\liftshift-build.log^) 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -B -q -DskipTests -pl releng/org.liftshift.product -am package > "%ROOT%\target\liftshift-build.log" 2>&1
  set "BUILD_RC=%ERRORLEVEL%"
  popd
  if not "%BUILD_RC%"=="0" (
    echo liftshift: the build failed; see %ROOT%\target\liftshift-build.log 1>&2
    exit /b 2
  )
)
call "%PRODUCT%\liftshift.cmd" %*
exit /b %ERRORLEVEL%
