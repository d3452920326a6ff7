package org.nhlakehouse.functions.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.storage.ObjectStore;
import org.nhlakehouse.functions.config.LakehouseConfig;
import org.nhlakehouse.functions.drive.DrivePoll;
import org.nhlakehouse.functions.drive.SecretsManagerSecrets;
import org.nhlakehouse.gdrive.GoogleDriveDocumentSource;
import org.nhlakehouse.gdrive.GoogleDriveSettings;
import org.nhlakehouse.gdrive.ServiceAccountKey;

/** The shared Google Drive folder, read as the service account whose key is in Secrets Manager. */
@ApplicationScoped
public class DriveProducers {

    @Produces
    @Singleton
    DocumentSource driveFolder(LakehouseConfig config, AwsClients clients) {
        LakehouseConfig.Drive drive = config.drive();
        String folderId = drive.folderId().orElseThrow(() -> new IllegalStateException(
                "lakehouse.drive.folder-id (LAKEHOUSE_DRIVE_FOLDER_ID) is not set: ingestFromDrive needs it"));
        String secretArn = drive.secretArn().orElseThrow(() -> new IllegalStateException(
                "lakehouse.drive.secret-arn (LAKEHOUSE_DRIVE_SECRET_ARN) is not set: ingestFromDrive needs it"));
        ServiceAccountKey key = ServiceAccountKey.fromJson(SecretsManagerSecrets.read(clients.secretsManager(),
                secretArn));
        GoogleDriveSettings settings = GoogleDriveSettings.of(folderId, key);
        settings = drive.sharedDriveId().map(settings::withSharedDrive).orElse(settings);
        settings = drive.rootUrl().map(settings::withRootUrl).orElse(settings);
        return GoogleDriveDocumentSource.create(settings);
    }

    @Produces
    @Singleton
    DrivePoll drivePoll(DocumentSource folder, ObjectStore store, LakehouseConfig config) {
        return new DrivePoll(folder, store, config.drive().checkpointKey(), Clock.systemUTC());
    }
}
