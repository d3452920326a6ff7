package org.nhlakehouse.dashboard.export;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.nhlakehouse.aws.AwsClientSettings;
import org.nhlakehouse.aws.s3.S3ObjectStore;
import org.nhlakehouse.aws.s3.S3Settings;
import org.nhlakehouse.dashboard.config.DashboardConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Inline exports unless an export bucket is configured (Lambda), then large ones go to S3. */
public class ExportTargetProducer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance link(String fileName, String href, String size, String expires);
    }

    @Produces
    @Singleton
    ExportTarget exportTarget(DashboardConfig config) {
        DashboardConfig.Export export = config.export();
        if (export.bucket().isEmpty()) {
            return new InlineExportTarget();
        }
        String bucket = export.bucket().get();
        AwsClientSettings client = AwsClientSettings.of(config.region());
        S3Presigner presigner = S3Presigner.builder().region(client.region()).build();
        return new ObjectStoreExportTarget(S3ObjectStore.create(client, S3Settings.of(bucket)),
                new S3LinkSigner(presigner, bucket), export.prefix(), export.inlineLimitBytes(), export.linkTtl(),
                (fileName, href, size, expires) -> Templates.link(fileName, href, size, expires).render());
    }
}
