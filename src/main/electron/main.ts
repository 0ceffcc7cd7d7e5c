// Electron entry: filled in by the shell work (app lifecycle, window, protocol, ipc).
import { app } from 'electron';
void app;
