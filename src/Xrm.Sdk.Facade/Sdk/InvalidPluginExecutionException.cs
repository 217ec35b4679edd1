using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Thrown by a plug-in to stop the operation; its message is shown to the user.</summary>
    public sealed class InvalidPluginExecutionException : Exception
    {
        // 0x80040265, "ISV code aborted the operation".
        private const int IsvAbortedErrorCode = -2147220891;

        /// <summary>A failure with no message.</summary>
        public InvalidPluginExecutionException()
            : this(OperationStatus.Failed, IsvAbortedErrorCode, null, PluginHttpStatusCode.NotSet)
        {
        }

        /// <summary>A failure with <paramref name="message"/>.</summary>
        public InvalidPluginExecutionException(string message)
            : this(OperationStatus.Failed, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet)
        {
        }

        /// <summary>A failure with <paramref name="message"/>, caused by <paramref name="exception"/>.</summary>
        public InvalidPluginExecutionException(string message, Exception exception)
            : base(message, exception)
        {
            Status = OperationStatus.Failed;
            ErrorCode = IsvAbortedErrorCode;
        }

        /// <summary>An outcome of <paramref name="status"/> with <paramref name="message"/>.</summary>
        public InvalidPluginExecutionException(OperationStatus status, string message)
            : this(status, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet)
        {
        }

        /// <summary>A failure with <paramref name="message"/> and an HTTP status for Web API callers.</summary>
        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
            : this(OperationStatus.Failed, IsvAbortedErrorCode, message, httpStatus)
        {
        }

        /// <summary>An outcome of <paramref name="status"/> with an error code and message.</summary>
        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
            : this(status, errorCode, message, PluginHttpStatusCode.NotSet)
        {
        }

        /// <summary>An outcome of <paramref name="status"/> with an error code, message and HTTP status.</summary>
        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
            : base(message)
        {
            Status = status;
            ErrorCode = errorCode;
            HttpStatus = httpStatus;
        }

        /// <summary>The error code.</summary>
        /// <value>0x80040265 unless given.</value>
        public int ErrorCode { get; }

        /// <summary>The HTTP status Web API callers receive.</summary>
        public PluginHttpStatusCode HttpStatus { get; }

        /// <summary>The outcome.</summary>
        /// <value><see cref="OperationStatus.Failed"/> unless given.</value>
        public OperationStatus Status { get; }
    }
}
