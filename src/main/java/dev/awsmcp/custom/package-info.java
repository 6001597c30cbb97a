/**
 * The AWS CLI customizations that mint credentials for other tools, run in-process and ported from the AWS CLI:
 * {@code aws ecr get-login-password}, {@code aws ecr-public get-login-password} ({@code customizations/ecr.py},
 * {@code ecr_public.py}), {@code aws rds generate-db-auth-token} ({@code customizations/rds.py}, botocore's
 * {@code generate_db_auth_token}) and {@code aws eks get-token} ({@code customizations/eks/get_token.py}); and
 * {@code aws cloudformation deploy} ({@code customizations/cloudformation/deploy.py}, {@code deployer.py}).
 *
 * <p>{@link dev.awsmcp.custom.CustomCommandRunner} runs a command. API calls and signing go through
 * {@link dev.awsmcp.custom.CustomCalls}, which the facade implements over the normal pipeline (policy gate,
 * endpoint rules, signing, retries, audit, waiters, the file guard), so this package never touches credentials
 * or unguarded files itself.
 *
 * <p>May import {@code dev.awsmcp.command} and {@code dev.awsmcp.error} (and Jackson); never the pipeline stages
 * (client, policy, output, audit) or the facade. Pipeline stages never import this package.
 */
package dev.awsmcp.custom;
