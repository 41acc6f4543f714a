/**
 * The config.xml of one Syncthing instance of the loopback pair: GUI/REST API and sync protocol on
 * 127.0.0.1 only, no discovery, relays, NAT, usage reporting, crash reporting or upgrades; one shared
 * folder watched with a short delay; the peer known by id. Only one side dials the other's
 * `tcp://127.0.0.1:PORT` (the other knows it as `dynamic`, which without discovery means "wait to be
 * called"): when both dial at once, 1.19 drops one of the two connections as a duplicate and
 * reconnecting after a pause took over 20 s at times.
 * Elements left out keep Syncthing's defaults (it fills them in before reading the file). Format as
 * in https://docs.syncthing.net/users/config.html (config version 36 is what Debian's 1.19 writes).
 */

export interface InstanceConfig {
  name: string;
  deviceId: string;
  guiPort: number;
  listenPort: number;
  apiKey: string;
  folderId: string;
  folderPath: string;
  /** `dials`: this side connects to the peer's port; otherwise it only accepts the peer's connection. */
  peer: { name: string; deviceId: string; listenPort: number; dials: boolean };
  /** KiB/s this instance accepts from the peer; 0 for no limit. */
  maxReceiveKiBs: number;
}

const escapeXml = (value: string): string => value.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function syncthingConfigXml(config: InstanceConfig): string {
  const { peer } = config;
  return `<configuration version="36">
    <folder id="${escapeXml(config.folderId)}" label="${escapeXml(config.folderId)}" path="${escapeXml(config.folderPath)}" type="sendreceive" rescanIntervalS="3" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="${config.deviceId}" introducedBy=""></device>
        <device id="${peer.deviceId}" introducedBy=""></device>
        <minDiskFree unit="%">0</minDiskFree>
        <maxConflicts>10</maxConflicts>
        <paused>false</paused>
        <markerName>.stfolder</markerName>
    </folder>
    <device id="${config.deviceId}" name="${escapeXml(config.name)}" compression="metadata" introducer="false">
        <address>dynamic</address>
    </device>
    <device id="${peer.deviceId}" name="${escapeXml(peer.name)}" compression="metadata" introducer="false">
        <address>${peer.dials ? `tcp://127.0.0.1:${peer.listenPort}` : 'dynamic'}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
        <maxRecvKbps>${config.maxReceiveKiBs}</maxRecvKbps>
    </device>
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:${config.guiPort}</address>
        <apikey>${config.apiKey}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:${config.listenPort}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <urInitialDelayS>3600</urInitialDelayS>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <limitBandwidthInLan>true</limitBandwidthInLan>
        <setLowPriority>false</setLowPriority>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
        <stunServer></stunServer>
        <globalAnnounceServer></globalAnnounceServer>
    </options>
</configuration>
`;
}
