package org.nhlakehouse.statemachine.model;

import java.util.regex.Pattern;

/**
 * Recognises the two ways a Task can call a Lambda function: its ARN as the {@code Resource}, or the optimized
 * integration {@code arn:aws:states:::lambda:invoke} with the function in {@code Parameters.FunctionName}
 * (<a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html">AWS, "Invoke an AWS Lambda
 * function with Step Functions"</a>).
 */
public final class TaskResources {

    private static final Pattern LAMBDA_ARN = Pattern
            .compile("arn:aws[a-zA-Z-]*:lambda:[^:]*:[^:]*:function:[^:]+(:[^:]+)?");
    private static final Pattern LAMBDA_INVOKE = Pattern.compile("arn:aws[a-zA-Z-]*:states:::lambda:invoke");
    private static final Pattern LAMBDA_INVOKE_VARIANT = Pattern
            .compile("arn:aws[a-zA-Z-]*:states:::lambda:invoke\\..+");

    private TaskResources() {
    }

    /** A function ARN used directly as the resource (the result is the function's response). */
    public static boolean isLambdaArn(String resource) {
        return resource != null && LAMBDA_ARN.matcher(resource).matches();
    }

    /** The request-response optimized integration (the result wraps the response in {@code Payload}). */
    public static boolean isLambdaInvoke(String resource) {
        return resource != null && LAMBDA_INVOKE.matcher(resource).matches();
    }

    /** {@code lambda:invoke.waitForTaskToken} and other patterns the local executor does not run. */
    public static boolean isUnsupportedLambdaPattern(String resource) {
        return resource != null && LAMBDA_INVOKE_VARIANT.matcher(resource).matches();
    }

    /** A function ARN without its version or alias qualifier; other strings unchanged. */
    public static String withoutQualifier(String function) {
        if (function != null && LAMBDA_ARN.matcher(function).matches()
                && function.split(":", -1).length == 8) {
            return function.substring(0, function.lastIndexOf(':'));
        }
        return function;
    }
}
