@echo off
rem Kodetræ from the release zip: "bin\kodetrae demo" serves the demo, "bin\kodetrae --help" lists the commands.
rem Needs Java 21 or newer: the one in JAVA_HOME, else the java on the PATH.
setlocal
set "KT_HOME=%~dp0.."

if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (
    set "KT_JAVA=%JAVA_HOME%\bin\java.exe"
    goto :found
)
where java >nul 2>&1
if errorlevel 1 (
    echo kodetrae: no Java found. Install a JDK 21 or newer ^(for example Temurin from https://adoptium.net^), then set JAVA_HOME to it or put its java on the PATH. 1>&2
    exit /b 1
)
set "KT_JAVA=java"

:found
rem java.specification.version is 1.8 for Java 8 and 21, 25 ... since.
set "KT_VERSION="
for /f "tokens=2 delims==" %%v in ('""%KT_JAVA%" -XshowSettings:properties -version 2>&1 | findstr /c:"java.specification.version""') do set "KT_VERSION=%%v"
set "KT_VERSION=%KT_VERSION: =%"
set "KT_MAJOR=0"
for /f "delims=." %%m in ("%KT_VERSION%") do set "KT_MAJOR=%%m"
if %KT_MAJOR% LSS 21 (
    echo kodetrae: Kodetræ needs Java 21 or newer, but %KT_JAVA% is Java %KT_VERSION%. Install a JDK 21 or newer and set JAVA_HOME to it. 1>&2
    exit /b 1
)

set "KT_OPTIONS="
if "%~1"=="demo" set "KT_OPTIONS=@%KT_HOME%\lib\server-jvm.options"
if "%~1"=="serve" set "KT_OPTIONS=@%KT_HOME%\lib\server-jvm.options"
"%KT_JAVA%" --enable-native-access=ALL-UNNAMED %KT_OPTIONS% -cp "%KT_HOME%\lib\*" dk.kodetrae.cli.Main %*
exit /b %errorlevel%
