package dev.awsmcp.suggest;

import dev.awsmcp.custom.Customization;
import dev.awsmcp.custom.CustomizationRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The AWS CLI customizations we run: the high-level {@code aws s3} commands and those of {@code dev.awsmcp.custom}
 * (credential-minting commands, {@code cloudformation deploy}). Descriptions follow the AWS CLI's own ({@code awscli/customizations/...}); the name
 * words spell out what the abbreviations mean.
 */
final class HighLevelEntries {
    private static final String S3_TEXT = "s3 . Simple Storage Service . S3 . bucket . buckets";
    private static final String ECR_TEXT = "ecr . Elastic Container Registry . ECR . docker . container registry";
    private static final String ECR_PUBLIC_TEXT = "ecr-public . Elastic Container Registry Public . ECR Public . "
            + "docker . public container registry";
    private static final String RDS_TEXT = "rds . Relational Database Service . RDS . database . db";
    private static final String CFN_TEXT = "cloudformation . CloudFormation . infrastructure as code . iac . stack";
    private static final String EKS_TEXT = "eks . Elastic Kubernetes Service . EKS . kubernetes . k8s . kubectl";
    private static final String TRANSFER_PARAMS = "recursive . include . exclude . acl . storage class . sse . "
            + "dryrun . quiet . follow symlinks . content type . cache control . metadata";

    private HighLevelEntries() {}

    /**
     * The entries, one per command: the hand-written ones below, then every other command of the customization
     * registry, indexed by its name and description, so that a new customization is suggested without an entry here.
     */
    static List<CommandEntry> all() {
        List<CommandEntry> entries = new ArrayList<>(written());
        Set<String> known = new HashSet<>();
        entries.forEach(e -> known.add(e.info().service() + " " + e.info().command()));
        for (Customization c : CustomizationRegistry.bundled().all()) {
            c.commands().forEach((name, description) -> {
                if (known.add(c.group() + " " + name)) {
                    int dash = name.indexOf('-');
                    entries.add(entry(c.group(), c.group(), name, dash > 0 ? name.substring(0, dash) : name,
                            name.replace('-', ' '), description, List.of(), "aws " + c.group() + " " + name, ""));
                }
            });
        }
        return List.copyOf(entries);
    }

    private static List<CommandEntry> written() {
        return List.of(
                entry("s3", S3_TEXT, "cp", "copy upload download", "files objects",
                        "Copies a local file or S3 object to another location locally or in S3.",
                        List.of(new RequiredParameter("paths", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or "
                                + "<S3Uri> <S3Uri>")), "aws s3 cp <source> <destination>", TRANSFER_PARAMS),
                entry("s3", S3_TEXT, "mv", "move rename", "files objects",
                        "Moves a local file or S3 object to another location locally or in S3.",
                        List.of(new RequiredParameter("paths", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or "
                                + "<S3Uri> <S3Uri>")), "aws s3 mv <source> <destination>", TRANSFER_PARAMS),
                entry("s3", S3_TEXT, "rm", "remove delete", "objects files",
                        "Deletes an S3 object.",
                        List.of(new RequiredParameter("paths", "<S3Uri>")), "aws s3 rm <S3Uri>",
                        "recursive . include . exclude . dryrun . quiet"),
                entry("s3", S3_TEXT, "sync", "sync synchronize", "directory folder prefix",
                        "Syncs directories and S3 prefixes. Recursively copies new and updated files from the source "
                                + "directory to the destination.",
                        List.of(new RequiredParameter("paths", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or "
                                + "<S3Uri> <S3Uri>")), "aws s3 sync <source> <destination>",
                        TRANSFER_PARAMS + " . delete . exact timestamps . size only"),
                entry("s3", S3_TEXT, "ls", "list", "buckets objects prefixes files",
                        "List S3 objects and common prefixes under a prefix or all S3 buckets.",
                        List.of(), "aws s3 ls [<S3Uri>]",
                        "recursive . human readable . summarize . page size . request payer"),
                entry("s3", S3_TEXT, "mb", "make create", "bucket",
                        "Creates an S3 bucket.",
                        List.of(new RequiredParameter("path", "<S3Uri>")), "aws s3 mb s3://<bucket>", "region"),
                entry("s3", S3_TEXT, "rb", "remove delete", "bucket",
                        "Deletes an empty S3 bucket; --force deletes the bucket's objects first.",
                        List.of(new RequiredParameter("path", "<S3Uri>")), "aws s3 rb s3://<bucket>", "force"),
                entry("s3", S3_TEXT, "presign", "presign generate share", "pre-signed presigned url object link",
                        "Generate a pre-signed URL for an Amazon S3 object, so anyone who receives it can retrieve "
                                + "the object with an HTTP GET request.",
                        List.of(new RequiredParameter("path", "<S3Uri>")), "aws s3 presign s3://<bucket>/<key>",
                        "expires in"),
                entry("ecr", ECR_TEXT, "get-login-password", "get login", "password docker authentication token",
                        "Prints a password to log Docker in to an Amazon ECR registry (docker login --username AWS "
                                + "--password-stdin).",
                        List.of(), "aws ecr get-login-password", "region"),
                entry("ecr-public", ECR_PUBLIC_TEXT, "get-login-password", "get login",
                        "password docker authentication token",
                        "Prints a password to log Docker in to the Amazon ECR Public registry.",
                        List.of(), "aws ecr-public get-login-password", "region"),
                entry("rds", RDS_TEXT, "generate-db-auth-token", "generate",
                        "database db iam authentication auth token password connect",
                        "Generates an IAM authentication token to connect to an RDS database as a user, signed "
                                + "locally; use it as the password.",
                        List.of(new RequiredParameter("--hostname", "string"), new RequiredParameter("--port", "integer"),
                                new RequiredParameter("--username", "string")),
                        "aws rds generate-db-auth-token --hostname <string> --port <integer> --username <string>",
                        "hostname . port . username . region"),
                entry("eks", EKS_TEXT, "get-token", "get", "kubernetes authentication token kubectl",
                        "Gets a token to authenticate to a Kubernetes cluster of Amazon EKS (kubectl exec "
                                + "credential), signed locally.",
                        List.of(new RequiredParameter("--cluster-name", "string")),
                        "aws eks get-token --cluster-name <string>", "cluster name . role arn . cluster id"),
                entry("cloudformation", CFN_TEXT, "deploy", "deploy", "stack template change set",
                        "Deploys a CloudFormation template: creates or updates the stack through a change set and "
                                + "waits for it to finish.",
                        List.of(new RequiredParameter("--template-file", "string"),
                                new RequiredParameter("--stack-name", "string")),
                        "aws cloudformation deploy --template-file <string> --stack-name <string>",
                        "template file . stack name . parameter overrides . capabilities . s3 bucket . tags . "
                                + "no execute changeset . role arn"));
    }

    private static CommandEntry entry(String service, String serviceText, String command, String verbs,
                                      String nameWords, String description, List<RequiredParameter> required,
                                      String template, String params) {
        CommandInfo info = new CommandInfo(EntryKind.HIGH_LEVEL, service, command, null, null, description, required,
                template, null, false);
        return new CommandEntry(info, new CommandEntry.SearchText(serviceText, verbs,
                command + " " + verbs + " " + nameWords,
                description, params, ""));
    }
}
