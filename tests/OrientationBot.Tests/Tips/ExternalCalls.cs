using System.Reflection;
using System.Runtime.ExceptionServices;

namespace OrientationBot.Tests.Tips;

/// <summary>
/// A proxy that counts a <see cref="SimulatedProcess"/>'s calls out of the process as pending until their answers
/// are back on the pump. The count drops inside the continuation the pump runs, not on the thread the I/O
/// finished on, so the clock can never move between an answer arriving and the code awaiting it running.
/// </summary>
public class ExternalCalls<T> : DispatchProxy
    where T : class
{
    private static readonly MethodInfo TrackValueMethod =
        typeof(ExternalCalls<T>).GetMethod(nameof(TrackValueAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private T _inner = null!;
    private SimulatedProcess _process = null!;

    internal static T Wrap(T inner, SimulatedProcess process)
    {
        var proxy = Create<T, ExternalCalls<T>>();
        var calls = (ExternalCalls<T>)(object)proxy;
        calls._inner = inner;
        calls._process = process;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        object? result;
        try
        {
            result = targetMethod!.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
        if (result is not Task task)
            return result;
        _process.EnterExternalCall();
        var returnType = targetMethod.ReturnType;
        return returnType.IsGenericType
            ? TrackValueMethod.MakeGenericMethod(returnType.GetGenericArguments()[0]).Invoke(this, [task])
            : TrackAsync(task);
    }

    private async Task TrackAsync(Task task)
    {
        try
        {
            await task;
        }
        finally
        {
            _process.ExitExternalCall();
        }
    }

    private async Task<TResult> TrackValueAsync<TResult>(Task<TResult> task)
    {
        try
        {
            return await task;
        }
        finally
        {
            _process.ExitExternalCall();
        }
    }
}
