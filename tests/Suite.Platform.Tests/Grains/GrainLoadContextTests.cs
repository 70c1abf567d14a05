using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Grains;
using Suite.Testing;

namespace Suite.Platform.Tests.Grains;

/// <summary>Modules load into their own load contexts; their grain interfaces must be proxied there too.</summary>
public sealed class GrainLoadContextTests
{
    [Test]
    public async Task Grain_DefinedInAModuleLoadContext_IsProxiedAndCalled()
    {
        var directory = TestDirectories.Create("grain-module");
        try
        {
            var context = new SharedDependenciesLoadContext();
            var module = context.LoadFromAssemblyPath(EmitModule(directory));
            var grainInterface = module.GetType("GrainModule.IModuleGrain", throwOnError: true)!;
            await using var services = GrainHost.Build(TimeProvider.System, s =>
                s.AddSingleton(new GrainRegistration(grainInterface, module.GetType("GrainModule.ModuleGrain", throwOnError: true)!)));
            var grains = services.GetRequiredService<IGrainFactory>();
            var getGrain = typeof(IGrainFactory).GetMethod(nameof(IGrainFactory.GetGrain))!.MakeGenericMethod(grainInterface);
            var increment = grainInterface.GetMethod("IncrementAsync")!;

            await (Task<int>)increment.Invoke(getGrain.Invoke(grains, ["k"])!, null)!;
            var second = await (Task<int>)increment.Invoke(getGrain.Invoke(grains, ["k"])!, null)!;

            Assert.Multiple(() =>
            {
                Assert.That(AssemblyLoadContext.GetLoadContext(grainInterface.Assembly), Is.SameAs(context));
                Assert.That(second, Is.EqualTo(2));
            });
        }
        finally
        {
            TestDirectories.Delete(directory);
        }
    }

    /// <summary>
    /// Writes a module assembly of its own: <c>IModuleGrain</c> and <c>ModuleGrain</c>, a counter.
    /// (Loading a second copy of this test assembly instead would confuse DispatchProxy, which keys
    /// generated types by assembly name: dotnet/runtime#109398. Suite loads each module once.)
    /// </summary>
    private static string EmitModule(string directory)
    {
        var name = new AssemblyName("Suite.Tests.GrainModule");
        var assembly = new PersistedAssemblyBuilder(name, typeof(object).Assembly);
        var module = assembly.DefineDynamicModule(name.Name!);

        var grainInterface = module.DefineType("GrainModule.IModuleGrain", TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract);
        grainInterface.AddInterfaceImplementation(typeof(IGrain));
        var declared = grainInterface.DefineMethod(
            "IncrementAsync",
            MethodAttributes.Public | MethodAttributes.Abstract | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.NewSlot,
            typeof(Task<int>),
            Type.EmptyTypes);
        grainInterface.CreateType();

        var grain = module.DefineType("GrainModule.ModuleGrain", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(Grain));
        grain.AddInterfaceImplementation(grainInterface);
        grain.DefineDefaultConstructor(MethodAttributes.Public);
        var count = grain.DefineField("_count", typeof(int), FieldAttributes.Private);
        var implementation = grain.DefineMethod(
            "IncrementAsync",
            MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot,
            typeof(Task<int>),
            Type.EmptyTypes);
        var il = implementation.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, count);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stfld, count);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, count);
        il.Emit(OpCodes.Call, typeof(Task).GetMethod(nameof(Task.FromResult))!.MakeGenericMethod(typeof(int)));
        il.Emit(OpCodes.Ret);
        grain.DefineMethodOverride(implementation, declared);
        grain.CreateType();

        var path = Path.Combine(directory, name.Name + ".dll");
        assembly.Save(path);
        return path;
    }

    // Everything but the module resolves from the default context, as the shared assemblies do for Suite's modules.
    private sealed class SharedDependenciesLoadContext() : AssemblyLoadContext("grain-module", isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
