export * from './protocol';
export {
  handleMessage,
  messageError,
  type Handlers,
  type MessageSender,
  type VerifiedSender,
} from './handle';
export { sendToBackground } from './send';
export { ContentHelloRegistry } from './content-hellos';
export { createBackgroundHandlers, type OcrHostStarter } from './background-handlers';
